package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	fmt.Println(m[1])
	m[2.5] = 3
	var k int = 7
	v, ok := m[k]
	fmt.Println(v, ok)
	s := []int{1}
	fmt.Println(s["0"])
}
