// A closure created inside a loop and assigned to a variable declared
// outside it outlives the iteration, so it escapes (loop depth).
package main

import "fmt"

func lastClosure(n int) int {
	var f func() int
	for i := 0; i < n; i++ {
		f = func() int { return i * 2 }
	}
	return f()
}

func eachClosure(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		g := func() int { return i * 2 }
		t += g()
	}
	return t
}

func main() {
	fmt.Println(lastClosure(5), eachClosure(5))
}
