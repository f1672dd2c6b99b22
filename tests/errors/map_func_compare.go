package main

import "fmt"

func main() {
	m1 := map[string]int{}
	m2 := map[string]int{}
	f := func() {}
	g := func() {}
	fmt.Println(m1 == m2, m1 == nil)
	fmt.Println(f == g, f != nil)
}
