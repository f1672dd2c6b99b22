// Assignment to an entry of a nil map inside an inlined function: the first
// writes go to a made map, then a nil one panics (exit 2).
package main

import "fmt"

func put(m map[string]int, k string, v int) {
	m[k] += v
}

type Registry struct {
	byName map[string]int
}

func (r *Registry) Register(name string) {
	r.byName[name]++
}

func main() {
	m := make(map[string]int)
	put(m, "a", 1)
	put(m, "a", 2)
	fmt.Println(m["a"], len(m))
	var r Registry
	fmt.Println("registry has", len(r.byName), r.byName["x"])
	r.Register("x")
	fmt.Println("not reached")
}
