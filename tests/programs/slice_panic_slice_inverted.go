package main

import "fmt"

func window(s []string, lo, hi int) {
	t := s[lo:hi]
	fmt.Println(lo, hi, t, len(t), cap(t))
}

func main() {
	s := []string{"a", "b", "c", "d"}
	window(s, 1, 3)
	window(s, 3, 3)
	window(s, 0, 4)
	window(s, 4, 4)
	window(s[1:], 0, 2)
	window(s[2:3], 0, 2)
	lo, hi := 3, 2
	fmt.Println("about to slice", lo, hi)
	window(s, lo, hi)
	fmt.Println("unreachable")
}
