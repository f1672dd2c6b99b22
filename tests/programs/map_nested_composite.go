package main

import "fmt"

type Point struct{ X, Y int }

type Set map[string]bool

func (s Set) Add(x string)          { s[x] = true }
func (s Set) Has(x string) bool     { return s[x] }
func (s *Set) Reset()               { *s = Set{} }
func (s Set) Len() (n int, ok bool) { return len(s), s != nil }

type Graph struct {
	Name  string
	Edges map[string][]string
}

var table = map[string]int{"one": 1, "two": 2, "three": 3}
var tableLen = len(table)
var two, hasTwo = table["two"]

func count(words []string) map[string]int {
	c := make(map[string]int)
	for _, w := range words {
		c[w]++
	}
	return c
}

func fill(m map[int]int, n int) {
	for i := 0; i < n; i++ {
		m[i] = i * i
	}
}

func describe(x any) string {
	switch v := x.(type) {
	case map[string]int:
		if len(v) > 2 {
			return "many string keys"
		}
		return "few string keys"
	case Set:
		return "a set"
	case nil:
		return "nil"
	}
	return "other"
}

func main() {
	fmt.Println(tableLen, two, hasTwo)

	// Elided types in literals: values, keys, pointers, slices.
	pts := map[string]Point{"a": {1, 2}, "b": {X: 3}}
	byPt := map[Point]string{{1, 2}: "a", {0, 0}: "origin"}
	ptrs := map[string]*Point{"p": {5, 6}}
	lists := map[string][]int{"e": {}, "f": {1, 2, 3}}
	nested := map[string]map[string]int{"x": {"y": 1}}
	slice := []map[string]int{{"a": 1}, {"b": 2}, nil}
	arr := [2]map[int]bool{{1: true}, {}}
	fmt.Println(pts, byPt[Point{1, 2}], *ptrs["p"], lists, nested["x"]["y"], len(slice), arr[0][1], arr[1][1])
	pm := &map[string]int{"k": 7}
	(*pm)["j"] = 8
	fmt.Println(len(*pm), (*pm)["k"])

	// Maps in structs.
	g := Graph{Name: "g", Edges: map[string][]string{}}
	g.Edges["a"] = append(g.Edges["a"], "b", "c")
	g.Edges["b"] = append(g.Edges["b"], "c")
	gp := &g
	gp.Edges["c"] = nil
	fmt.Println(g.Name, len(g.Edges), g.Edges["a"], len(g.Edges["c"]), g.Edges["zz"] == nil)

	// Named map types with methods.
	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	n, ok := s.Len()
	fmt.Println(n, ok)
	s.Reset()
	fmt.Println(len(s))
	var ns Set
	fmt.Println(ns.Has("q"), ns == nil)

	// Passing and returning maps shares them.
	c := count([]string{"a", "b", "a", "c", "a"})
	fmt.Println(c["a"], c["b"], c["d"], len(c))
	sq := map[int]int{}
	fill(sq, 5)
	fmt.Println(sq)

	// Maps in interfaces.
	var x any = c
	fmt.Println(describe(x), describe(s), describe(nil), describe(3))
	if mm, ok := x.(map[string]int); ok {
		mm["z"] = 26
	}
	fmt.Println(c["z"])
	var y any = map[string]int(nil)
	fmt.Println(y == nil, y.(map[string]int) == nil)

	// Func values as elements.
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	fmt.Println(ops["add"](3, 4), ops["mul"](3, 4), ops["sub"] == nil)

	// Comma-ok in every form.
	var v int
	var found bool
	v, found = table["three"]
	fmt.Println(v, found)
	var w, present = table["four"]
	fmt.Println(w, present)
	if val, ok := table["one"]; ok && val == 1 {
		fmt.Println("one is 1")
	}
	_, ok2 := pts["b"]
	p, _ := pts["a"]
	fmt.Println(ok2, p)
	var anyv any
	var anyok bool
	anyv, anyok = pts["a"]
	fmt.Println(anyv, anyok)

	// Switching on an element.
	switch table["two"] {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}

	// Map of maps built lazily.
	idx := map[string]map[int]bool{}
	for i, w := range []string{"a", "b", "a", "c", "b", "a"} {
		if idx[w] == nil {
			idx[w] = map[int]bool{}
		}
		idx[w][i] = true
	}
	fmt.Println(len(idx), len(idx["a"]), idx["b"][4], idx["c"][0])
}
