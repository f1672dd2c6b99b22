package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Tags     []string
}

func main() {
	pts := []Point{{1, 2}, {3, 4}, {X: 5}}
	fmt.Println(pts)
	fmt.Printf("%+v\n", pts)

	lines := []Line{
		{Point{0, 0}, Point{1, 1}, []string{"diag"}},
		{From: Point{Y: 2}, Tags: nil},
		{To: Point{3, 3}, Tags: []string{"a", "b"}},
	}
	for i, l := range lines {
		fmt.Println(i, l.From, l.To, len(l.Tags), l.Tags)
	}
	fmt.Printf("%+v\n", lines[0])

	grid := [][]Point{{{1, 1}}, {{2, 2}, {3, 3}}}
	fmt.Println(grid, len(grid[1]))

	ptrs := []*Point{{7, 8}, {9, 10}}
	for _, p := range ptrs {
		p.X *= 10
	}
	fmt.Println(*ptrs[0], *ptrs[1])

	arrs := [][2]int{{1, 2}, {3, 4}}
	arrs[1][0] = 30
	fmt.Println(arrs)

	ms := []map[string]int{{"a": 1}, {"b": 2, "c": 3}}
	fmt.Println(ms, len(ms[1]))

	anon := []struct {
		Name string
		Age  int
	}{{"ann", 30}, {"bob", 25}}
	fmt.Println(anon)
	fmt.Printf("%+v\n", anon[1])

	deep := [][][]string{{{"a"}, {"b", "c"}}, {{}}}
	fmt.Println(deep, len(deep[1][0]))

	byName := map[string][]Point{"sq": {{0, 0}, {0, 1}, {1, 1}, {1, 0}}}
	fmt.Println(byName["sq"], len(byName["sq"]))
}
