// A func literal that is only called locally does not escape, and the
// variables it captures stay on the stack.
package main

import "fmt"

func apply(xs []int) int {
	total := 0
	add := func(v int) {
		total += v
	}
	for _, x := range xs {
		add(x)
	}
	return total
}

func twice(k int) int {
	double := func(v int) int { return v * k }
	return double(double(1))
}

func main() {
	fmt.Println(apply([]int{1, 2, 3}), twice(3))
}
