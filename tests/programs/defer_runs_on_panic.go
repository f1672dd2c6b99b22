// A panic runs every pending deferred call, innermost frame first, before
// the panic is printed; output written by them comes first.
package main

import "fmt"

func inner(xs []int, i int) int {
	defer fmt.Println("inner's defer")
	return xs[i]
}

func outer() {
	defer fmt.Println("outer's defer 1")
	defer func() {
		fmt.Println("outer's defer 2")
	}()
	fmt.Println(inner([]int{1, 2, 3}, 5))
}

func main() {
	defer fmt.Println("main's defer")
	outer()
	fmt.Println("not reached")
}
