package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func main() {
	for d := 3; d >= 1; d-- {
		fmt.Println(100, "/", d, "=", div(100, d))
	}
	d := 0
	fmt.Println("dividing by", d)
	fmt.Println(div(100, d))
	fmt.Println("unreachable")
}
