// fmt.Println(a ...any): the implicit slice is "... argument" and does
// not escape, but each non-pointer argument is boxed and escapes.
package main

import "fmt"

type Point struct {
	X, Y int
}

func main() {
	x := 7
	s := "hello"
	p := &Point{1, 2}
	v := Point{3, 4}
	fmt.Println(x, s, p, v)
	fmt.Println(x+1, len(s), *p)
	fmt.Println()
}
