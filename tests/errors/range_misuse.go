package main

import "fmt"

func main() {
	n := 10
	for i, j := range n {
		fmt.Println(i, j)
	}
	var p *int
	for x := range p {
		fmt.Println(x)
	}
	for a, b, c := range []int{1} {
		fmt.Println(a, b)
	}
}
