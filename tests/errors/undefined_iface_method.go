package main

import "fmt"

type Shape interface {
	Area() float64
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var s Shape = Sq{1}
	fmt.Println(s.Perimeter())
	fmt.Println(s.S)
	var e interface{} = 5
	fmt.Println(e.Len())
}
