// A self-recursive function is one batch: its parameter's flows through
// the recursive call are solved together.
package main

import "fmt"

type Tree struct {
	Left, Right *Tree
	Val         int
}

func find(t *Tree, v int) *Tree {
	if t == nil || t.Val == v {
		return t
	}
	if v < t.Val {
		return find(t.Left, v)
	}
	return find(t.Right, v)
}

func depth(t *Tree) int {
	if t == nil {
		return 0
	}
	return 1 + max(depth(t.Left), depth(t.Right))
}

func main() {
	t := &Tree{Val: 5, Left: &Tree{Val: 2}, Right: &Tree{Val: 8}}
	fmt.Println(find(t, 8).Val, find(t, 3) == nil, depth(t))
}
