package main

import "fmt"

func makeGrid(r, c int) [][]int {
	g := make([][]int, r)
	for i := range g {
		g[i] = make([]int, c)
	}
	return g
}

func main() {
	g := makeGrid(3, 4)
	for i := range g {
		for j := range g[i] {
			g[i][j] = i*10 + j
		}
	}
	fmt.Println(g)
	fmt.Println(len(g), len(g[0]), cap(g[1]))

	row := g[1]
	row[0] = -5
	fmt.Println(g[1])

	g[2] = append(g[2], 99)
	fmt.Println(g[2], len(g[2]), cap(g[2]))

	var jag [][]string
	for i := 0; i < 4; i++ {
		var r []string
		for j := 0; j <= i; j++ {
			r = append(r, fmt.Sprint(i, j))
		}
		jag = append(jag, r)
	}
	for _, r := range jag {
		fmt.Println(len(r), r)
	}

	tri := [][]int{{1}, {1, 1}}
	for i := 2; i < 7; i++ {
		prev := tri[i-1]
		cur := make([]int, i+1)
		cur[0], cur[i] = 1, 1
		for j := 1; j < i; j++ {
			cur[j] = prev[j-1] + prev[j]
		}
		tri = append(tri, cur)
	}
	for _, r := range tri {
		fmt.Println(r)
	}

	flat := []int{}
	for _, r := range tri {
		flat = append(flat, r...)
	}
	fmt.Println(len(flat), flat[len(flat)-7:])

	cube := [][][]int{{{1, 2}, {3}}, {{4}, {}, {5, 6, 7}}}
	fmt.Println(cube, len(cube[1]), len(cube[1][1]))
	cube[1][1] = append(cube[1][1], 42)
	fmt.Println(cube)
	var nilRows [][]int = make([][]int, 2)
	fmt.Println(nilRows, nilRows[0] == nil, len(nilRows[1]))
}
