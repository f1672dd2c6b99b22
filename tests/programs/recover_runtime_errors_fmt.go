// Runtime errors recovered and printed through fmt: the message text is
// the runtime.Error's Error(), and the value satisfies error and has a
// RuntimeError method.
package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() int }
type Sq struct{ s int }

func (q Sq) Area() int { return q.s * q.s }

type Named interface{ Name() string }

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRT := r.(interface{ RuntimeError() })
		fmt.Printf("%-14s %v | %t %t\n", name+":", r, isErr, isRT)
		if isErr {
			fmt.Println("   ", strings.HasPrefix(err.Error(), "runtime error: "), err.Error() == fmt.Sprint(r))
		}
	}()
	f()
}

var sink int

func main() {
	xs := []int{1, 2, 3}
	arr := [4]int{}
	s := "héllo"
	i, j, k := 5, 2, 1
	neg := -1
	try("index", func() { sink = xs[i] })
	try("index neg", func() { sink = xs[neg] })
	try("array", func() { sink = arr[i] })
	try("string", func() { sink = int(s[i+1]) })
	try("slice hi", func() { sink = len(xs[:i]) })
	try("slice lo>hi", func() { sink = len(xs[j:k]) })
	try("slice lo", func() { sink = len(xs[i:]) })
	try("slice3", func() { sink = len(xs[0:1:i]) })
	try("slice3 mid", func() { sink = len(xs[0:j:k]) })
	try("str slice", func() { sink = len(s[2:i*3]) })
	try("nil map", func() {
		var m map[string]int
		m["k"]++
	})
	try("nil ptr", func() {
		var p *Sq
		sink = p.s
	})
	try("nil ptr meth", func() {
		var p *Sq
		sink = p.Area()
	})
	try("nil iface", func() {
		var sh Shape
		sink = sh.Area()
	})
	try("div zero", func() { sink = 10 / (k - 1) })
	try("mod zero", func() { sink = 10 % (k - 1) })
	try("assert", func() {
		var v any = "str"
		sink = v.(int)
	})
	try("assert nil", func() {
		var v any
		sink = v.(int)
	})
	try("assert iface", func() {
		var v any = Sq{2}
		_ = v.(Named)
	})
	try("assert conc", func() {
		var sh Shape = Sq{2}
		_ = sh.(*Sq)
	})
	try("make len", func() { sink = len(make([]int, neg)) })
	try("nil func", func() {
		var f func()
		f()
	})
	try("arr ptr nil", func() {
		var ap *[3]int
		sink = ap[1]
	})
	try("no error", func() {})
}
