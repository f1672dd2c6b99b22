// new of a struct type renders as new(T); a pointer to the new value
// stored in a local struct stays on the stack.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func chainLen() int {
	head := new(Node)
	head.Next = new(Node)
	head.Next.Val = 2
	n := 0
	for p := head; p != nil; p = p.Next {
		n++
	}
	return n
}

func alloc(v int) *Node {
	n := new(Node)
	n.Val = v
	return n
}

func main() {
	a := alloc(5)
	a.Next = alloc(6)
	fmt.Println(chainLen(), a.Val, a.Next.Val)
}
