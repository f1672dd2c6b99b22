package main

import "fmt"

func main() {
	m := map[interface{}]int{}
	keys := []interface{}{1, "two", 3.0, [1]int{4}, struct{ s string }{"x"}}
	for i, k := range keys {
		m[k] = i
	}
	fmt.Println(len(m), m[1], m["two"], m[3.0], m[[1]int{4}])
	fmt.Println(m[struct{ s string }{"x"}])
	v, ok := m[[]int{1}[0]]
	fmt.Println(v, ok)
	delete(m, "two")
	fmt.Println(len(m))
	var p *int
	m[p] = 9
	fmt.Println(len(m), m[(*int)(nil)])
	var s interface{} = []int{1, 2}
	fmt.Println("inserting a slice key")
	m[s] = 5
	fmt.Println("unreachable")
}
