package main

import "fmt"

func lookup(m map[string]int, k string) (int, bool) {
	v, ok := m[k]
	return v, ok
}

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["x"])
	v, ok := lookup(m, "y")
	fmt.Println(v, ok)
	for k, v := range m {
		fmt.Println("never", k, v)
	}
	delete(m, "x")
	fmt.Println("delete on nil ok", len(m))
	clear(m)
	fmt.Printf("%v %#v %d\n", m, m, len(m))

	var mm map[string]map[string]int
	fmt.Println(mm["a"]["b"], mm["a"] == nil)

	var ms map[int][]int
	fmt.Println(len(ms[3]), ms[3] == nil)
	s := append(ms[3], 1)
	fmt.Println(s)

	var sp map[string]*int
	fmt.Println(sp["p"] == nil)

	type S struct{ A, B int }
	var mst map[string]S
	fmt.Printf("%+v\n", mst["z"])

	m = map[string]int{}
	fmt.Println(m == nil, len(m))
	m["k"] = 1
	fmt.Println(m)
	fmt.Printf("%#v\n", m)
}
