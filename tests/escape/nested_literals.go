// Nested composite literals with elided types: []*T{{...}} allocates one
// &T{...} per element; []T{{...}} stores the values inline.
package main

import "fmt"

type P struct {
	X, Y int
}

func ptrs() []*P {
	return []*P{{1, 2}, {3, 4}}
}

func vals() int {
	ps := []P{{5, 6}, {7, 8}}
	return ps[1].Y
}

func grid() int {
	g := [][]int{{1, 2}, {3}}
	return len(g[0]) + len(g[1])
}

func main() {
	fmt.Println(ptrs()[1].X, vals(), grid())
}
