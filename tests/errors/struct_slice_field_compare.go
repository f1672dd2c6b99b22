package main

import "fmt"

type Bag struct {
	Name  string
	Items []string
}

type Outer struct {
	B Bag
}

func main() {
	a, b := Bag{"x", nil}, Bag{"x", nil}
	fmt.Println(a == b)
	fmt.Println(Outer{a} != Outer{b})
	fmt.Println([1][]int{} == [1][]int{})
}
