// An unrecovered panic with a value whose type has a String method (but no
// Error method) prints the String() text... or not: go prints what its
// runtime printpanicval prints for the dynamic type.
package main

import "fmt"

type Color int

func (c Color) String() string { return [...]string{"red", "green", "blue"}[c] }

type Point struct{ X, Y int }

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		fmt.Printf("%v %T\n", r, r)
		panic(Color(2))
	}()
	panic(Point{1, 2})
}
