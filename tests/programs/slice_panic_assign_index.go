package main

import "fmt"

func set(s []int, i, v int) {
	s[i] = v
	fmt.Println("set", i, "=", v, s)
}

func main() {
	s := make([]int, 2, 8)
	s[0], s[1] = 1, 2
	fmt.Println(s, len(s), cap(s))
	ext := s[:4]
	ext[3] = 4
	fmt.Println(ext)
	set(s, 1, 20)
	set(ext, 2, 30)
	fmt.Println(s[:cap(s)])
	set(s[1:], 0, 21)
	fmt.Println(s, ext)
	i := 2
	fmt.Println("writing s[", i, "] with cap", cap(s))
	set(s, i, 3)
	fmt.Println("unreachable")
}
