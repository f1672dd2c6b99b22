package main

import "fmt"

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }

func main() {
	var s Shape = Sq{2}
	fmt.Println(s.Area())
}
