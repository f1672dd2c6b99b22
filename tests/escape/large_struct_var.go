// A large struct variable is moved to the heap by size alone; its size
// counts every field, not just one array.
package main

import "fmt"

type Grid struct {
	cells [200][100]int
	name  string
}

type Small struct {
	cells [10][10]int
}

func fill() int {
	var g Grid
	var s Small
	g.cells[199][99] = 5
	s.cells[9][9] = 6
	g.name = "g"
	return g.cells[199][99] + s.cells[9][9] + len(g.name)
}

func main() {
	fmt.Println(fill())
}
