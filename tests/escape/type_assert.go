// Type assertions: asserting to a pointer type keeps the pointer; to a
// non-pointer type copies the value out of the box.
package main

import "fmt"

type Item struct {
	n int
}

var sink *Item

func unwrapPtr(v any) {
	if p, ok := v.(*Item); ok {
		sink = p
	}
}

func unwrapVal(v any) int {
	if it, ok := v.(Item); ok {
		return it.n
	}
	return -1
}

func main() {
	unwrapPtr(&Item{1})
	fmt.Println(sink.n, unwrapVal(Item{2}), unwrapVal(3))
}
