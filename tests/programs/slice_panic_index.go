package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func main() {
	s := []int{10, 20, 30}
	total := 0
	for i := 0; i < len(s); i++ {
		total += at(s, i)
		fmt.Println("s[", i, "] =", at(s, i))
	}
	fmt.Println("total", total)
	s = s[:2]
	fmt.Println("len", len(s), "cap", cap(s))
	fmt.Println(s[:3])
	idx := len(s) + 1
	fmt.Println("reading index", idx)
	fmt.Println(at(s, idx))
	fmt.Println("unreachable")
}
