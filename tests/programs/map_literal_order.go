package main

import "fmt"

var g = 1

func f() int { g = 10; return 2 }

// A map literal inserts its constant entries first, then each other entry
// as an assignment of its own (calls first), as gc does.
func main() {
	m := map[string]int{"a": g, "b": f()}
	fmt.Println(m)
	g = 1
	x := g + len(map[string]int{"a": f()})
	fmt.Println(x)
	k := "a"
	d := map[string]int{k: 1, "a": 2}
	fmt.Println(d)
	d2 := map[string]any{k: 1, "a": 2}
	fmt.Println(d2)
	type P struct{ x int }
	d3 := map[string]P{k: {1}, "a": {2}}
	fmt.Println(d3)
	g = 1
	d4 := map[int]int{g: g, f(): g}
	fmt.Println(d4)
}
