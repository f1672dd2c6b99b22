// panic(nil) in go1.21+ panics with a *runtime.PanicNilError: recover returns
// a non-nil error value whose message says so. Typed nil values stay non-nil
// interfaces.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

type myErr struct{}

func (*myErr) Error() string { return "myErr" }

func catch(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %v, nil? %t, type %T\n", name, r, r == nil, r)
		if e, ok := r.(error); ok {
			fmt.Println("  as error:", e.Error())
		}
		if re, ok := r.(interface{ RuntimeError() }); ok {
			fmt.Println("  is runtime error:", re != nil)
		}
	}()
	f()
}

func main() {
	catch("nil", func() { panic(nil) })
	catch("nil error var", func() {
		var err error
		panic(err)
	})
	catch("nil any var", func() {
		var v any
		panic(v)
	})
	catch("typed nil pointer", func() {
		var p *T
		panic(p)
	})
	catch("typed nil error", func() {
		var e *myErr
		var err error = e
		panic(err)
	})
	catch("nil slice", func() {
		var s []int
		panic(s)
	})
	catch("nil map", func() {
		var m map[string]int
		panic(m)
	})
	catch("errors.New", func() { panic(errors.New("plain")) })
	catch("no panic", func() {})
}
