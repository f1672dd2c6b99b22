// When the dynamic type behind an interface is known statically, gc
// devirtualizes the call (reported even with -l) and the method's tags
// apply: nothing escapes.
package main

import "fmt"

type Shape interface {
	Area() int
}

type Square struct {
	side int
}

func (s *Square) Area() int { return s.side * s.side }

func area() int {
	var s Shape = &Square{side: 3}
	return s.Area()
}

func main() {
	fmt.Println(area())
}
