// Implicit allocations are limited to 64 KiB on the stack: a constant
// make above the limit is heap-allocated even though it does not
// otherwise escape.
package main

import "fmt"

func atLimit() int {
	b := make([]byte, 1<<16)
	b[0] = 1
	return len(b)
}

func overLimit() int {
	b := make([]byte, 1<<16+1)
	b[1<<16] = 1
	return len(b)
}

func ints() int {
	a := make([]int, 8192)
	b := make([]int, 8193)
	return len(a) + len(b)
}

func main() {
	fmt.Println(atLimit(), overLimit(), ints())
}
