// A make of zero-sized elements is always a heap allocation (the
// "zero-sized element" reason), even when it does not escape.
package main

import "fmt"

type Unit struct{}

func units() int {
	s := make([]struct{}, 10)
	t := make([]Unit, 3)
	return len(s) + len(t)
}

func main() {
	fmt.Println(units())
}
