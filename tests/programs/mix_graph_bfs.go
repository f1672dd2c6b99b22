package main

import (
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	adj map[string][]string
}

func NewGraph(edges string) *Graph {
	g := &Graph{adj: map[string][]string{}}
	for _, e := range strings.Fields(edges) {
		parts := strings.Split(e, "-")
		a, b := parts[0], parts[1]
		g.adj[a] = append(g.adj[a], b)
		g.adj[b] = append(g.adj[b], a)
	}
	for _, ns := range g.adj {
		sort.Strings(ns)
	}
	return g
}

func (g *Graph) Nodes() []string {
	var ns []string
	for n := range g.adj {
		ns = append(ns, n)
	}
	sort.Strings(ns)
	return ns
}

func (g *Graph) BFS(start string) (order []string, dist map[string]int, parent map[string]string) {
	dist = map[string]int{start: 0}
	parent = map[string]string{}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		order = append(order, cur)
		for _, nb := range g.adj[cur] {
			if _, seen := dist[nb]; !seen {
				dist[nb] = dist[cur] + 1
				parent[nb] = cur
				queue = append(queue, nb)
			}
		}
	}
	return
}

func path(parent map[string]string, to string) []string {
	var p []string
	for cur, ok := to, true; ok; cur, ok = parent[cur] {
		p = append([]string{cur}, p...)
	}
	return p
}

func (g *Graph) Components() [][]string {
	seen := map[string]bool{}
	var comps [][]string
	for _, n := range g.Nodes() {
		if seen[n] {
			continue
		}
		var comp []string
		var dfs func(string)
		dfs = func(v string) {
			seen[v] = true
			comp = append(comp, v)
			for _, w := range g.adj[v] {
				if !seen[w] {
					dfs(w)
				}
			}
		}
		dfs(n)
		sort.Strings(comp)
		comps = append(comps, comp)
	}
	return comps
}

func main() {
	g := NewGraph("a-b a-c b-d c-d d-e e-f x-y y-z g-g")
	fmt.Println(g.Nodes())
	fmt.Println(g.adj)
	order, dist, parent := g.BFS("a")
	fmt.Println("order:", order)
	fmt.Println("dist:", dist)
	for _, t := range []string{"f", "d", "a"} {
		fmt.Println("path to", t, path(parent, t), "len", dist[t])
	}
	_, ok := dist["x"]
	fmt.Println("x reachable from a:", ok)
	comps := g.Components()
	fmt.Println(len(comps), comps)
	degrees := map[int][]string{}
	for _, n := range g.Nodes() {
		d := len(g.adj[n])
		degrees[d] = append(degrees[d], n)
	}
	fmt.Println(degrees)
}
