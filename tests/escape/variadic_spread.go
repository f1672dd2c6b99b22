// Passing an existing slice with s... creates no implicit slice, so
// there is no "... argument" line for that call.
package main

import "fmt"

func maxOf(first int, rest ...int) int {
	m := first
	for _, v := range rest {
		m = max(m, v)
	}
	return m
}

func main() {
	s := []int{4, 9, 2}
	a := maxOf(1, s...)
	b := maxOf(1, 5, 3)
	fmt.Println(a, b)
}
