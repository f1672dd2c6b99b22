// level=1: the parameter's pointee (one dereference) reaches the result.
package main

import "fmt"

type Box struct {
	p *int
}

func unwrap(b *Box) *int {
	return b.p
}

func deref(pp **int) *int {
	return *pp
}

func main() {
	x, y := 1, 2
	b := &Box{p: &x}
	py := &y
	fmt.Println(*unwrap(b), *deref(&py))
}
