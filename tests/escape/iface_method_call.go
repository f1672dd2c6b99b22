// Calling a method through an interface: the callee is unknown, so the
// receiver and all pointer arguments escape.
package main

import "fmt"

type Adder interface {
	Add(p *int)
}

type Plus struct {
	n int
}

func (a *Plus) Add(p *int) { *p += a.n }

func apply(a Adder) int {
	x := 1
	a.Add(&x)
	return x
}

func main() {
	var a Adder = &Plus{n: 4}
	fmt.Println(apply(a))
}
