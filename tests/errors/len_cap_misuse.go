package main

import "fmt"

func main() {
	x := 42
	m := map[string]int{}
	var p *int
	fmt.Println(len(x))
	fmt.Println(cap(m))
	fmt.Println(len(p))
	fmt.Println(len())
	fmt.Println(cap([]int{}, 1))
}
