package main

import "fmt"

type Node struct {
	Name string
}

func main() {
	a := &Node{"a"}
	b := &Node{"b"}
	a2 := &Node{"a"}
	seen := map[*Node]int{}
	seen[a]++
	seen[b]++
	seen[a]++
	seen[a2]++
	fmt.Println(len(seen), seen[a], seen[b], seen[a2])
	fmt.Println(*a == *a2, a == a2)

	var nilp *Node
	seen[nilp] = 42
	fmt.Println(len(seen), seen[nil])

	a.Name = "changed"
	fmt.Println(seen[a])

	nodes := []*Node{a, b, a2, a, b, a}
	order := []string{}
	visited := map[*Node]bool{}
	for _, n := range nodes {
		if !visited[n] {
			visited[n] = true
			order = append(order, n.Name)
		}
	}
	fmt.Println(order, len(visited))

	x, y := 1, 1
	ip := map[*int]string{&x: "x", &y: "y"}
	fmt.Println(len(ip), ip[&x], ip[&y])
	px := &x
	*px = 99
	fmt.Println(ip[px])

	parent := map[*Node]*Node{b: a, a2: a}
	p, ok := parent[b]
	fmt.Println(p.Name, ok)
	p, ok = parent[a]
	fmt.Println(p == nil, ok)

	arr := [3]Node{{"p"}, {"q"}, {"r"}}
	em := map[*Node]int{}
	for i := range arr {
		em[&arr[i]] = i
	}
	fmt.Println(em[&arr[2]], em[&arr[0]], len(em))
}
