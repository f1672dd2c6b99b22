// binary_trees is the benchmarks-game binary-trees program, sequential
// version: many short-lived complete binary trees allocated and walked while
// one long-lived tree stays reachable. A benchmark of small-object
// allocation and of the collector's throughput.
package main

import "fmt"

const maxDepth = 18

type Node struct {
	left, right *Node
}

func bottomUpTree(depth int) *Node {
	if depth <= 0 {
		return &Node{}
	}
	return &Node{bottomUpTree(depth - 1), bottomUpTree(depth - 1)}
}

func (n *Node) itemCheck() int {
	if n.left == nil {
		return 1
	}
	return 1 + n.left.itemCheck() + n.right.itemCheck()
}

func main() {
	const minDepth = 4
	n := maxDepth
	if minDepth+2 > n {
		n = minDepth + 2
	}

	stretchDepth := n + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretchDepth, bottomUpTree(stretchDepth).itemCheck())

	longLivedTree := bottomUpTree(n)

	for depth := minDepth; depth <= n; depth += 2 {
		iterations := 1 << uint(n-depth+minDepth)
		check := 0
		for i := 1; i <= iterations; i++ {
			check += bottomUpTree(depth).itemCheck()
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, depth, check)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", n, longLivedTree.itemCheck())
}
