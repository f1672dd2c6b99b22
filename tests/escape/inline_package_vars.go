// Package variables initialised by inlined calls: a call returning a
// static value becomes static data (no allocation reported), one making a
// slice of a size known only at run time still allocates.
package main

import "fmt"

type T struct{ x int }

var g = add(1, 2)
var gp = newT()
var gs = mk(3)
var gq = wrap(&T{x: 1})

func add(a, b int) int { return a + b }
func newT() *T         { return &T{x: 7} }
func mk(n int) []int   { return make([]int, n) }
func wrap(p *T) *T     { return p }

func main() {
	fmt.Println(g, gp.x, len(gs), gq.x)
}
