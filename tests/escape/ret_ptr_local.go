// Returning the address of a local variable: the variable outlives the
// call, so it is moved to the heap.
package main

import "fmt"

func escapeLocal() *int {
	x := 10
	return &x
}

func keepLocal() int {
	x := 10
	p := &x
	*p += 5
	return x
}

func main() {
	p := escapeLocal()
	q := escapeLocal()
	*q = 20
	fmt.Println(*p, *q, p == q, keepLocal())
}
