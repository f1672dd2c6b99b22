package main

import "fmt"

func sub(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := make([]int, 3, 5)
	for i := range s {
		s[i] = i + 1
	}
	fmt.Println(sub(s, 0, 3), sub(s, 1, 5), sub(s, 3, 3))
	fmt.Println(len(sub(s, 5, 5)), cap(sub(s, 5, 5)))
	for hi := 0; hi <= cap(s); hi++ {
		t := sub(s, 0, hi)
		fmt.Println("hi", hi, "len", len(t), "cap", cap(t), t)
	}
	for lo := 0; lo <= cap(s); lo++ {
		t := s[lo:]
		fmt.Println("lo", lo, "len", len(t), "cap", cap(t))
	}
	hi := 7
	fmt.Println("slicing to", hi, "with cap", cap(s))
	fmt.Println(sub(s, 0, hi))
	fmt.Println("unreachable")
}
