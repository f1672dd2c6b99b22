package main

import "fmt"

type Point struct {
	X, Y int
}

type Key struct {
	Name string
	P    Point
	On   bool
}

func main() {
	grid := map[Point]string{}
	grid[Point{0, 0}] = "origin"
	grid[Point{1, 2}] = "a"
	grid[Point{X: 1, Y: 2}] = "b"
	fmt.Println(len(grid), grid[Point{1, 2}], grid[Point{}])
	fmt.Println(grid)

	p := Point{3, 4}
	grid[p] = "c"
	p.X = 100
	fmt.Println(grid[Point{3, 4}], grid[p] == "", len(grid))

	visits := map[Point]int{}
	moves := []Point{{0, 1}, {1, 0}, {0, -1}, {-1, 0}, {0, 1}, {0, 1}}
	cur := Point{}
	visits[cur]++
	for _, m := range moves {
		cur = Point{cur.X + m.X, cur.Y + m.Y}
		visits[cur]++
	}
	fmt.Println(visits)
	fmt.Println(len(visits), visits[Point{0, 0}], visits[Point{0, 1}])

	km := map[Key]int{
		{"a", Point{1, 1}, true}:  1,
		{"a", Point{1, 1}, false}: 2,
		{"b", Point{}, true}:      3,
	}
	fmt.Println(km[Key{"a", Point{1, 1}, true}], km[Key{"a", Point{1, 1}, false}], km[Key{Name: "b", On: true}])
	fmt.Println(km)
	delete(km, Key{"b", Point{0, 0}, true})
	fmt.Println(len(km))

	anon := map[struct{ A, B string }]int{}
	anon[struct{ A, B string }{"x", "y"}] = 7
	fmt.Println(anon[struct{ A, B string }{"x", "y"}], anon)
}
