// make with a non-constant size that does not escape is still reported
// "does not escape" (gc uses a small stack buffer when it fits); returned,
// it escapes.
package main

import "fmt"

func count(n int) int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func grow(n int) []int {
	return make([]int, n, 2*n)
}

func main() {
	g := grow(3)
	fmt.Println(count(4), count(100), len(g), cap(g))
}
