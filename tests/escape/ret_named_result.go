// The address of a named result escapes through another result: the
// named result is moved to the heap.
package main

import "fmt"

func pair() (n int, p *int) {
	n = 7
	p = &n
	return
}

func plain() (n int) {
	q := &n
	*q = 9
	return
}

func main() {
	n, p := pair()
	*p = 8
	fmt.Println(n, *p, plain())
}
