// A long linked list and a binary tree, reachable only from locals and a
// global, survive repeated collections while garbage is produced around
// them; their contents are verified afterwards.
package main

import (
	"fmt"
	"runtime"
)

type item struct {
	key  int
	name string
	next *item
}

type tree struct {
	left, right *tree
	depth, val  int
}

var root *tree

func buildTree(d, v int) *tree {
	if d == 0 {
		return &tree{val: v}
	}
	return &tree{left: buildTree(d-1, 2*v), right: buildTree(d-1, 2*v+1), depth: d, val: v}
}

func checkTree(t *tree, d, v int) (int, bool) {
	if t == nil || t.val != v || t.depth != d {
		return 0, false
	}
	if d == 0 {
		return 1, t.left == nil && t.right == nil
	}
	a, ok1 := checkTree(t.left, d-1, 2*v)
	b, ok2 := checkTree(t.right, d-1, 2*v+1)
	return a + b + 1, ok1 && ok2
}

func garbage(n int) int {
	var head *item
	for i := 0; i < n; i++ {
		head = &item{key: -i, next: head}
	}
	c := 0
	for ; head != nil; head = head.next {
		c++
	}
	return c
}

func main() {
	var head *item
	for i := 0; i < 200000; i++ {
		head = &item{key: i, name: string(rune('a' + i%26)), next: head}
		if i%1000 == 0 {
			garbage(500)
		}
	}
	root = buildTree(16, 1)
	for r := 0; r < 5; r++ {
		garbage(50000)
		root2 := buildTree(10, 1) // garbage tree
		_ = root2
		runtime.GC()
	}
	count, sum, okNames := 0, 0, true
	want := 199999
	for p := head; p != nil; p = p.next {
		if p.key != want || p.name != string(rune('a'+want%26)) {
			okNames = false
		}
		want--
		count++
		sum += p.key
	}
	nodes, ok := checkTree(root, 16, 1)
	fmt.Println("list:", count, sum, okNames, want)
	fmt.Println("tree:", nodes, ok)
	runtime.KeepAlive(head)
}
