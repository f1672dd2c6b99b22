package main

import "fmt"

type T struct{}

func main() {
	a := make([]int)
	b := make([]int, 5, 2)
	c := make(int, 3)
	d := make(T)
	e := make([]int, -1)
	f := make(map[string]int, 1, 2)
	fmt.Println(a, b, c, d, e, f)
}
