// Allocation-heavy code whose allocations escape analysis keeps on the
// stack: make bench runs it with escape analysis on and off
// (-gcflags=-escape=off) to show what the analysis is worth.
package main

import "fmt"

type vec struct{ x, y, z float64 }

func dot(a, b *vec) float64 { return a.x*b.x + a.y*b.y + a.z*b.z }

func sum(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	total := 0.0
	for i := 0; i < 2_000_000; i++ {
		a := &vec{float64(i), 1, 2}
		b := &vec{3, float64(i % 7), 5}
		total += dot(a, b)
		buf := make([]int, 8)
		buf[i%8] = i
		total += float64(sum(buf))
	}
	fmt.Println(total)
}
