package main

import "fmt"

type P struct {
	x, y int
}

func main() {
	q := &P{1, 2}
	fmt.Println(q.x, q.y)
	var p *P
	fmt.Println(p == nil)
	fmt.Println(p.x)
	fmt.Println("unreachable")
}
