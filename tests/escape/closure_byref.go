// A captured variable that the closure modifies is captured by
// reference; when the closure escapes, the variable is moved to the heap.
package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	c := counter()
	c()
	c()
	d := counter()
	fmt.Println(c(), d())
}
