// A parameter that reaches both the heap and a result: the result line
// is dropped when the heap flow has no more dereferences than it, and
// kept when only the content leaks.
package main

import "fmt"

var global *int

func storeAndReturn(p *int) *int {
	global = p
	return p
}

func contentAndReturn(pp **int) **int {
	global = *pp
	return pp
}

func main() {
	a, b := 1, 2
	pb := &b
	r := storeAndReturn(&a)
	q := contentAndReturn(&pb)
	fmt.Println(*r, **q, *global)
}
