// "leaking param: p to result ~r0 level=0": the parameter flows to the
// (unnamed) result, so the caller decides where it goes.
package main

import "fmt"

func identity(p *int) *int {
	return p
}

func pick(s []int) []int {
	return s[1:]
}

func main() {
	x := 1
	q := identity(&x)
	*q = 2
	y := 9
	keep := identity(&y)
	t := pick([]int{1, 2, 3})
	fmt.Println(x, *keep, len(t))
}
