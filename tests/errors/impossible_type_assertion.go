package main

import "fmt"

type Shape interface{ Area() float64 }

type Circle struct{ R float64 }

func (c *Circle) Area() float64 { return 3 * c.R * c.R }

type Line struct{}

func main() {
	var s Shape = &Circle{1}
	c := s.(Circle)
	l := s.(Line)
	fmt.Println(c, l)
}
