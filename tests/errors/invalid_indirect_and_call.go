package main

import "fmt"

type T struct {
	Name string
	Fn   func() int
}

func main() {
	x := 5
	fmt.Println(*x)
	t := T{}
	fmt.Println(t.Name())
	fmt.Println(t.Fn(1))
	var s []int
	s()
}
