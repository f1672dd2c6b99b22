package main

import "fmt"

type Event struct {
	Name string
	Data interface{}
}

func main() {
	a := Event{"click", 1}
	b := Event{"click", 1}
	c := Event{"click", "1"}
	fmt.Println(a == b, a == c)
	d := Event{"list", []string{"x"}}
	e := Event{"map", map[int]bool{}}
	fmt.Println(d == e)
	fmt.Println(d == Event{"other", []string{"x"}})
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2)
	f := Event{"list", []string{"x"}}
	fmt.Println("comparing events holding slices")
	fmt.Println(d == f)
	fmt.Println("unreachable")
}
