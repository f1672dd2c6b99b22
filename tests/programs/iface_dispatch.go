package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }

func (r Rect) Area() float64         { return r.W * r.H }
func (r Rect) Perimeter() float64    { return 2 * (r.W + r.H) }
func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }

func NewSquare(s float64) Square { return Square{Rect{s, s}} }

func largest(shapes []Shape) (Shape, int) {
	best, idx := shapes[0], 0
	for i, s := range shapes {
		if s.Area() > best.Area() {
			best, idx = s, i
		}
	}
	return best, idx
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}, NewSquare(2), &Rect{1, 10}, &Circle{2.5}}
	total := 0.0
	for i, s := range shapes {
		fmt.Printf("%d %-12T area=%7.3f perim=%7.3f\n", i, s, s.Area(), s.Perimeter())
		total += s.Area()
	}
	fmt.Printf("total %.4f\n", total)
	b, i := largest(shapes)
	fmt.Printf("largest #%d %T %.2f\n", i, b, b.Area())

	var s Shape = Rect{2, 5}
	fmt.Println(s.Area(), s)
	s = &Circle{3}
	fmt.Printf("%.5f %v\n", s.Area(), s.(*Circle).R)
	c := s.(*Circle)
	c.R = 1
	fmt.Printf("%.5f\n", s.Area())

	r := Rect{1, 1}
	s = r
	r.W = 100
	fmt.Println(s.Area(), r.Area())

	counts := map[string]int{}
	for _, sh := range shapes {
		counts[fmt.Sprintf("%T", sh)]++
	}
	fmt.Println(counts)
}
