// Any store through a pointer parameter (*pp = &x, p.f = &x) is treated
// as a store to the heap: x escapes even if the caller's target is on
// the stack.
package main

import "fmt"

type Node struct {
	next *Node
	val  int
}

func link(n *Node) {
	m := Node{val: n.val + 1}
	n.next = &m
}

func set(pp **int) {
	x := 10
	*pp = &x
}

func main() {
	var n Node
	link(&n)
	var p *int
	set(&p)
	fmt.Println(n.next.val, *p)
}
