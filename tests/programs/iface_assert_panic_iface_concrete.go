package main

import "fmt"

type Shape interface{ Area() int }

type Sq struct{ S int }
type Rect struct{ W, H int }

func (s Sq) Area() int    { return s.S * s.S }
func (r *Rect) Area() int { return r.W * r.H }

func main() {
	var s Shape = Sq{3}
	fmt.Println(s.Area(), s.(Sq).S)
	s = &Rect{2, 5}
	fmt.Println(s.Area(), s.(*Rect).W)
	_, ok := s.(Sq)
	fmt.Println("is Sq:", ok)
	shapes := []Shape{Sq{1}, Sq{2}, &Rect{1, 1}}
	total := 0
	for i, sh := range shapes {
		fmt.Println("shape", i)
		total += sh.(Sq).S
	}
	fmt.Println("unreachable", total)
}
