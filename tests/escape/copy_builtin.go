// copy(dst, src): with pointer elements, what src points to flows to the
// heap; with plain values nothing escapes.
package main

import "fmt"

func cloneInts(src []int) int {
	dst := make([]int, len(src))
	n := copy(dst, src)
	return n + dst[0]
}

func clonePtrs(src []*int) []*int {
	dst := make([]*int, len(src))
	copy(dst, src)
	return dst
}

func main() {
	x := 7
	fmt.Println(cloneInts([]int{1, 2}), *clonePtrs([]*int{&x})[0])
}
