package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	s := []int{1, 2}
	delete(m, 1)
	delete(s, 0)
	delete(m)
	delete(m, "a", "b")
	fmt.Println(m, s)
}
