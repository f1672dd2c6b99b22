package main

import "fmt"

func main() {
	s := "hello"
	total := 0
	for i := 0; i < len(s); i++ {
		total += int(s[i])
	}
	fmt.Println("total", total)
	n := len(s)
	fmt.Println("indexing", n)
	b := s[n]
	fmt.Println("unreachable", b)
}
