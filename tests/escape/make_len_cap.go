// make with length and capacity: both appear in the rendered text; a
// constant capacity shows its value, a non-constant one its name.
package main

import "fmt"

func build(n int) int {
	a := make([]int, 0, 8)
	b := make([]byte, n, 128)
	c := make([]string, 0, n)
	a = append(a, 1, 2)
	c = append(c, "x")
	return len(a) + len(b) + len(c) + cap(a)
}

func main() {
	fmt.Println(build(5))
}
