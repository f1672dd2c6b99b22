// An interface value that never leaves the function: the boxed value
// does not escape.
package main

import "fmt"

type Shape interface {
	Area() int
}

type Rect struct {
	W, H int
}

func (r Rect) Area() int { return r.W * r.H }

func describe(v any) string {
	switch x := v.(type) {
	case int:
		return "int"
	case string:
		return "string " + x
	}
	return "other"
}

func main() {
	n := 12
	var r Rect
	r.W, r.H = 2, 3
	var s Shape = r
	fmt.Println(describe(n), s.Area())
}
