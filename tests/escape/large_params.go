// The size limits apply to locals and allocations, not to parameters and
// results: the 160 KB array parameters and result of fill and total get
// no line, only main's local b is moved to the heap.
package main

import "fmt"

type Block [20000]int

func fill(b Block, v int) Block {
	for i := range b {
		b[i] = v
	}
	return b
}

func total(b Block) int {
	t := 0
	for _, v := range b {
		t += v
	}
	return t
}

func main() {
	var b Block
	fmt.Println(total(fill(b, 2)))
}
