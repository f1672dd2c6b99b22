// Calls inlined a generation at a time: main's calls first, then the calls
// inside the bodies just copied, then theirs. Each copy's variables and
// allocations are reported at the outermost call.
package main

import "fmt"

type node struct {
	v    int
	next *node
}

func leaf(v int) *node { return &node{v: v} }

func mid(v int) *node {
	n := leaf(v)
	n.next = leaf(v + 1)
	return n
}

func top(v int) int {
	n := mid(v)
	return n.v + n.next.v
}

func keep(v int) *node { return mid(v) }

var sink *node

func main() {
	fmt.Println(top(1))
	sink = keep(5)
	fmt.Println(sink.next.v)
}
