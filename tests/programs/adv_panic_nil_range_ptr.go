package main

import "fmt"

type Grid struct {
	Cells [3][3]int
}

func main() {
	var p *[3]int
	fmt.Println(len(p), cap(p), p == nil)
	for i := range p {
		fmt.Print(i, " ")
	}
	fmt.Println()
	var g *Grid
	fmt.Println(len(g.Cells), len(g.Cells[1]))
	for i := range g.Cells {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range p {
		fmt.Println("unreachable", i, v)
	}
}
