package main

import "fmt"

func build(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i * i
	}
	return s
}

func main() {
	for n := 3; n >= 0; n-- {
		fmt.Println(n, build(n))
	}
	n := -1
	fmt.Println("building", n)
	fmt.Println(build(n))
}
