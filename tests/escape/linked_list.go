// Building a linked list: every node is reachable from the returned head,
// so each &Node{...} escapes; a list built and consumed locally does not.
package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func fromSlice(vals []int) *Node {
	var head *Node
	for i := len(vals) - 1; i >= 0; i-- {
		head = &Node{Val: vals[i], Next: head}
	}
	return head
}

func localSum() int {
	c := Node{Val: 3}
	b := Node{Val: 2, Next: &c}
	a := Node{Val: 1, Next: &b}
	t := 0
	for n := &a; n != nil; n = n.Next {
		t += n.Val
	}
	return t
}

func main() {
	l := fromSlice([]int{4, 5, 6})
	fmt.Println(l.Val, l.Next.Next.Val, localSum())
}
