// Defers in recursive calls and in function literals belong to their own
// activation.
package main

import "fmt"

var trace []string

func rec(n int) int {
	defer func() { trace = append(trace, fmt.Sprint("leave ", n)) }()
	if n == 0 {
		return 0
	}
	return n + rec(n-1)
}

func main() {
	fmt.Println(rec(3))
	fmt.Println(trace)
	total := 0
	add := func(k int) {
		defer func() { total += k }()
		total *= 10
	}
	for k := 1; k <= 3; k++ {
		add(k)
	}
	fmt.Println(total)
	func() {
		defer fmt.Println("literal's defer")
		fmt.Println("literal's body")
	}()
}
