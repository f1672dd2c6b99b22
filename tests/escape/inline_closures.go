// Calls through func values gc can resolve are inlined: a literal called
// where it is written, a variable holding a literal or a function, a
// closure returned by an inlined constructor, a function passed to an
// inlined higher-order function. Captured variables of an inlined literal
// are the caller's own.
package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func double(x int) int { return x * 2 }

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func main() {
	base := 10
	add := func(x int) int { return x + base }
	fmt.Println(add(1), apply(double, 3), apply(add, 4))
	g := double
	fmt.Println(g(21))
	c := counter()
	c()
	fmt.Println(c(), func() int { return base * base }())
	var h func(int) int = double
	if base > 5 {
		h = add
	}
	fmt.Println(h(1))
}
