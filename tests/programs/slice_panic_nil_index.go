package main

import "fmt"

func first(s []string) string {
	return s[0]
}

func main() {
	fmt.Println(first([]string{"x", "y"}))
	var s []string
	fmt.Println(len(s), cap(s), s == nil)
	fmt.Println(s[:0] == nil, len(s[0:0]))
	s = append(s, "z")
	fmt.Println(first(s), len(s), s)
	s = s[:0]
	fmt.Println(len(s), cap(s), s == nil)
	s = s[:1]
	fmt.Println(first(s))
	s = nil
	for i, v := range s {
		fmt.Println(i, v)
	}
	fmt.Println("indexing nil slice")
	fmt.Println(first(s))
	fmt.Println("unreachable")
}
