// A constructor returning &T{} escapes in its own body, but once inlined
// into a caller that keeps the pointer local, the allocation stays on the
// caller's stack. //go:noinline keeps the call, and the allocation.
package main

import "fmt"

type point struct{ x, y int }

func newPoint(x, y int) *point {
	return &point{x, y}
}

//go:noinline
func newPointNoinline(x, y int) *point {
	return &point{x, y}
}

// A comment group with the directive in it still applies.
//
//go:noinline
func sum(p *point) int { return p.x + p.y }

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		p := newPoint(i, i+1)
		q := newPointNoinline(i, 2*i)
		total += sum(p) + sum(q)
	}
	fmt.Println(total)
}
