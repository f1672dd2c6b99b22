// Variables over 128 bytes are captured by reference even when never
// reassigned; an escaping closure then moves them to the heap.
package main

import "fmt"

func small() func() int {
	var a [16]int
	a[3] = 7
	return func() int { return a[3] }
}

func large() func() int {
	var b [17]int
	b[3] = 8
	return func() int { return b[3] }
}

func main() {
	f, g := small(), large()
	fmt.Println(f(), g())
}
