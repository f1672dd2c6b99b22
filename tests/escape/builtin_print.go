// The builtins print and println take no interfaces: their arguments are
// not boxed and nothing escapes.
package main

type Point struct {
	X, Y int
}

func main() {
	p := Point{1, 2}
	q := &p
	s := "point"
	println(s, p.X, q.Y, 2.5, true)
	print("no newline", "\n")
}
