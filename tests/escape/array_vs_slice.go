// Arrays are values: returning one copies it. Slicing an array and
// returning the slice exposes the array's address, so it moves to the
// heap.
package main

import "fmt"

func arrayCopy() [4]int {
	a := [4]int{1, 2, 3, 4}
	return a
}

func sliceOf() []int {
	a := [4]int{5, 6, 7, 8}
	return a[1:3]
}

func sliceLocal() int {
	a := [4]int{1, 1, 1, 1}
	s := a[:]
	s[0] = 9
	return a[0] + len(s)
}

func main() {
	x := arrayCopy()
	s := sliceOf()
	fmt.Println(x[3], s[0], len(s), cap(s), sliceLocal())
}
