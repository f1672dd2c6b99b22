package main

import "fmt"

type Shape interface {
	Area() float64
}

func total(s Shape) float64 {
	return s.Area() * 2
}

func main() {
	var s Shape
	fmt.Println(s == nil)
}
