// A String or Error method that panics prints as %!v(PANIC=String method: ...)
// (Go's catchPanic), also inside Sprintf and for other verbs; a nil map
// write inside one is caught too; the program goes on.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) String() string {
	if t.n == 0 {
		panic("boom")
	}
	return fmt.Sprint("T", t.n)
}

type P struct{ s string }

func (p *P) String() string { return "P:" + p.s }

type E struct{}

func (E) Error() string { panic(errors.New("bad error")) }

type D struct{ m map[string]int }

func (d D) String() string {
	d.m["x"] = 1
	return "D"
}

func main() {
	fmt.Println(T{1}, T{0})
	var p *P
	fmt.Println(p, &P{"x"})
	fmt.Printf("%s|%v|%d\n", T{0}, E{}, T{0})
	fmt.Println(D{})
	s := fmt.Sprintf("[%v]", T{0})
	fmt.Println(s, len(s))
	defer func() { fmt.Println("recovered:", recover()) }()
	panic(T{0})
}
