// Output order follows the call graph bottom-up, not the source: callees
// are reported before their callers, whatever their position.
package main

import "fmt"

func top() *int {
	return middle(1)
}

func middle(v int) *int {
	p := leaf(v)
	q := new(int)
	*q = *p
	return q
}

func leaf(v int) *int {
	x := v + 1
	return &x
}

func main() {
	fmt.Println(*top())
}
