package main

import "fmt"

func product(a, b int) int {
	r := 0
	for i := 0; i < b; i++ {
		r += a
	}
	return r
}

func main() {
	x := 6
	y := 7
	p := product(x, y)
	fmt.Println("computing", x, "*", y, "=", p)
	panic(p)
}
