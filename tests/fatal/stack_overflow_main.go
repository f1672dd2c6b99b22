// Unbounded recursion on the main goroutine: Go's `fatal error: stack
// overflow` and exit status 2, after what was printed before.
package main

import "fmt"

type node struct {
	depth int
	next  *node
}

func grow(n *node) int {
	var pad [8]int
	pad[n.depth%8] = n.depth
	return grow(&node{depth: n.depth + 1, next: n}) + pad[0]
}

func main() {
	fmt.Println("before")
	fmt.Println(grow(&node{}))
}
