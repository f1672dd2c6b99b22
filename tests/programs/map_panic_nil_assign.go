package main

import "fmt"

type Registry struct {
	byName map[string]int
}

func (r *Registry) Add(name string, v int) {
	r.byName[name] = v
}

func main() {
	good := &Registry{byName: map[string]int{}}
	good.Add("a", 1)
	good.Add("b", 2)
	fmt.Println(good.byName, len(good.byName))
	var bad Registry
	fmt.Println(bad.byName == nil, len(bad.byName), bad.byName["a"])
	v, ok := bad.byName["a"]
	fmt.Println(v, ok)
	delete(bad.byName, "a")
	fmt.Println("adding to nil map")
	bad.Add("c", 3)
	fmt.Println("unreachable")
}
