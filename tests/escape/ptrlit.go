// &T{...} with and without elements: the rendered text is &T{...} or
// &T{}, reported at the &.
package main

import "fmt"

type Point struct {
	X, Y int
}

func newPoint(x, y int) *Point {
	return &Point{X: x, Y: y}
}

func zeroPoint() *Point {
	return &Point{}
}

func dist2(x, y int) int {
	p := &Point{x, y}
	q := &Point{}
	q.X = p.X * p.X
	q.Y = p.Y * p.Y
	return q.X + q.Y
}

func main() {
	p := newPoint(3, 4)
	z := zeroPoint()
	fmt.Println(p.X, p.Y, z.X, z.Y, dist2(3, 4))
}
