// dispatch calls through interfaces and closures in hot loops: a slice of
// shapes of four concrete types (value and pointer receivers) asked for
// their area and perimeter, a chain of func values applied to every
// element, and an accumulator closure that captures and updates a
// variable. Indirect calls, type switches and assertions; no allocation in
// the loops.
package main

import (
	"fmt"
	"math"
)

const (
	shapes = 1000
	rounds = 60_000
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Scaler interface {
	Shape
	Scale(f float64)
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64      { return r.w * r.h }
func (r Rect) Perimeter() float64 { return 2 * (r.w + r.h) }

type Circle struct{ r float64 }

func (c *Circle) Area() float64      { return math.Pi * c.r * c.r }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.r }
func (c *Circle) Scale(f float64)    { c.r *= f }

type Square struct{ s float64 }

func (s *Square) Area() float64      { return s.s * s.s }
func (s *Square) Perimeter() float64 { return 4 * s.s }
func (s *Square) Scale(f float64)    { s.s *= f }

type Triangle struct{ a, b, c float64 }

func (t Triangle) Perimeter() float64 { return t.a + t.b + t.c }
func (t Triangle) Area() float64 {
	p := t.Perimeter() / 2
	return math.Sqrt(p * (p - t.a) * (p - t.b) * (p - t.c))
}

func makeShapes() []Shape {
	out := make([]Shape, shapes)
	for i := range out {
		f := float64(i%17 + 1)
		switch i % 4 {
		case 0:
			out[i] = Rect{f, f / 2}
		case 1:
			out[i] = &Circle{f / 3}
		case 2:
			out[i] = &Square{f}
		default:
			out[i] = Triangle{f, f + 1, f + 1.5}
		}
	}
	return out
}

// transforms are applied in turn to each area; two of them close over
// variables of makeTransforms.
func makeTransforms() []func(float64) float64 {
	offset, factor := 0.25, 1.0/1024
	return []func(float64) float64{
		func(x float64) float64 { return x + offset },
		func(x float64) float64 { return x * factor },
		math.Sqrt,
		func(x float64) float64 { return x - math.Floor(x) },
	}
}

func main() {
	all := makeShapes()
	transforms := makeTransforms()
	total := 0.0
	calls := 0
	add := func(x float64) { total += x; calls++ }
	kinds := [4]int{}
	for round := 0; round < rounds; round++ {
		for _, s := range all {
			a := s.Area()
			for _, t := range transforms {
				a = t(a)
			}
			add(a + s.Perimeter()/1e6)
			switch s.(type) {
			case Rect:
				kinds[0]++
			case *Circle:
				kinds[1]++
			case *Square:
				kinds[2]++
			case Triangle:
				kinds[3]++
			}
		}
		// Every 1000th round, grow and shrink the scalable shapes back
		// (by powers of two, so exactly).
		if round%1000 == 999 {
			for _, s := range all {
				if sc, ok := s.(Scaler); ok {
					sc.Scale(2)
					sc.Scale(0.5)
				}
			}
		}
	}
	fmt.Printf("%d calls, total %.6f, kinds %v\n", calls, total, kinds)
}
