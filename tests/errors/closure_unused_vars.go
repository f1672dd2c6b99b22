package main

import "fmt"

func main() {
	f := func(n int) int {
		doubled := n * 2
		unused := n + 1
		return doubled
	}
	g := func() {}
	fmt.Println(f(1))
}
