package main

import "fmt"

func main() {
	add := func(a, b int) int { return a + b }
	fmt.Println(add(1, 2, 3))
	fmt.Println(add(1))
	noArgs := func() {}
	noArgs(5)
}
