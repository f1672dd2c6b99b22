// append(s, t...): the elements of t are copied; with pointer elements
// they flow to the heap.
package main

import "fmt"

func concat(a, b []int) []int {
	return append(a, b...)
}

func joinPtrs(a, b []*int) int {
	c := append(a, b...)
	return len(c)
}

func bytesOf(s string) []byte {
	return append([]byte(nil), s...)
}

func main() {
	x, y := 1, 2
	fmt.Println(concat([]int{1}, []int{2, 3}), joinPtrs([]*int{&x}, []*int{&y}), len(bytesOf("hey")))
}
