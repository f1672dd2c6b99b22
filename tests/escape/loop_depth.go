// Loop depth: a pointer declared outside a loop that takes the address
// of a variable declared inside the loop outlives it, so the variable is
// moved to the heap; the other way round nothing escapes.
package main

import "fmt"

func outerPtr(n int) int {
	var p *int
	for i := 0; i < n; i++ {
		x := i * i
		p = &x
	}
	return *p
}

func innerPtr(n int) int {
	y := 0
	for i := 0; i < n; i++ {
		q := &y
		*q += i
	}
	return y
}

func main() {
	fmt.Println(outerPtr(4), innerPtr(4))
}
