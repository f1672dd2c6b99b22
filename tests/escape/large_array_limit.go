// Explicit variables may use up to 128 KiB of stack: exactly 128 KiB
// stays, one byte more is moved to the heap.
package main

import "fmt"

func atLimit() byte {
	var a [128 << 10]byte
	a[len(a)-1] = 1
	return a[len(a)-1]
}

func overLimit() byte {
	var b [128<<10 + 1]byte
	b[len(b)-1] = 2
	return b[len(b)-1]
}

func ints() int {
	var c [16384]int
	var d [16385]int
	c[0], d[0] = 3, 4
	return c[0] + d[0]
}

func main() {
	fmt.Println(atLimit(), overLimit(), ints())
}
