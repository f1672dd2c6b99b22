package main

import "fmt"

type ID int
type Name string

func main() {
	m := map[interface{}]string{}
	m[1] = "int 1"
	m[int64(1)] = "int64 1"
	m[ID(1)] = "ID 1"
	m["1"] = "string 1"
	m[Name("1")] = "Name 1"
	m[1.0] = "float 1"
	m[true] = "bool"
	m[[2]int{1, 1}] = "array"
	m[struct{ A int }{1}] = "struct"
	m[nil] = "nil"
	fmt.Println(len(m))
	fmt.Println(m[1], "|", m[int64(1)], "|", m[ID(1)], "|", m["1"], "|", m[Name("1")])
	fmt.Println(m[1.0], "|", m[true], "|", m[[2]int{1, 1}], "|", m[struct{ A int }{1}], "|", m[nil])
	_, ok := m[int32(1)]
	fmt.Println("int32 present:", ok)

	var k interface{} = 1
	m[k] = "int 1 again"
	fmt.Println(m[1], len(m))

	type E interface{}
	var e1 E = "x"
	var e2 interface{} = "x"
	fmt.Println(e1 == e2)
	m2 := map[E]int{e1: 1}
	m2[e2]++
	fmt.Println(m2)

	type Shape interface{ Area() int }
	sm := map[Shape]string{}
	sm[sq(2)] = "two"
	sm[sq(3)] = "three"
	sm[sq(2)] += "!"
	fmt.Println(len(sm), sm[sq(2)], sm[sq(3)], sm[nil] == "")

	counts := map[interface{}]int{}
	for _, v := range []interface{}{1, "a", 1, 2.5, "a", 1, nil, nil} {
		counts[v]++
	}
	fmt.Println(counts[1], counts["a"], counts[2.5], counts[nil], len(counts))
}

type sq int

func (s sq) Area() int { return int(s * s) }
