// Several results: one leak line per result the parameter reaches, in
// result order, named ~r0, ~r1, ... for unnamed results.
package main

import "fmt"

func swap(a, b *int) (*int, *int) {
	return b, a
}

func both(p *int) (*int, int, *int) {
	return p, *p, p
}

func main() {
	x, y := 1, 2
	p, q := swap(&x, &y)
	r, n, s := both(&x)
	fmt.Println(*p, *q, *r, n, *s)
}
