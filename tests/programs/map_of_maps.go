package main

import (
	"fmt"
	"sort"
)

type Graph map[string]map[string]int

func (g Graph) AddEdge(a, b string, w int) {
	if g[a] == nil {
		g[a] = map[string]int{}
	}
	g[a][b] = w
}

func main() {
	g := Graph{}
	g.AddEdge("a", "b", 1)
	g.AddEdge("a", "c", 4)
	g.AddEdge("b", "c", 2)
	g.AddEdge("c", "a", 7)
	fmt.Println(g)
	fmt.Println(len(g), len(g["a"]), g["a"]["c"], g["b"]["a"], g["zz"]["a"])

	inner, ok := g["b"]
	fmt.Println(inner, ok)
	inner["d"] = 9
	fmt.Println(g["b"])

	nodes := []string{}
	for n := range g {
		nodes = append(nodes, n)
	}
	sort.Strings(nodes)
	for _, n := range nodes {
		outs := []string{}
		total := 0
		for m, w := range g[n] {
			outs = append(outs, m)
			total += w
		}
		sort.Strings(outs)
		fmt.Println(n, outs, total)
	}

	delete(g["a"], "b")
	delete(g, "c")
	fmt.Println(g)

	counts := map[string]map[int]int{}
	data := []struct {
		k string
		v int
	}{{"x", 1}, {"y", 2}, {"x", 1}, {"x", 3}, {"y", 2}}
	for _, d := range data {
		if _, ok := counts[d.k]; !ok {
			counts[d.k] = make(map[int]int)
		}
		counts[d.k][d.v]++
	}
	fmt.Println(counts)
	fmt.Printf("%v %d\n", counts["x"], len(counts["y"]))

	ms := map[int][]map[string]bool{1: {{"t": true}, nil}}
	fmt.Println(ms, ms[1][1]["t"], len(ms[2]))
}
