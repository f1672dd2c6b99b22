// No line is printed for parameters without pointers, nor for blank
// parameters.
package main

import "fmt"

type Pair struct {
	A, B int
}

func scalars(a int, b float64, c bool, p Pair, arr [3]int) int {
	if c {
		return a + int(b) + p.A + arr[2]
	}
	return 0
}

func blank(_ *int, n int) int {
	return n * 2
}

func main() {
	x := 1
	fmt.Println(scalars(1, 2.5, true, Pair{3, 4}, [3]int{5, 6, 7}), blank(&x, 8))
}
