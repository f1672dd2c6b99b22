package main

import "fmt"

func key(s string) string {
	fmt.Println("key", s)
	return s
}

func val(i int) int {
	fmt.Println("val", i)
	return i
}

func getm(m map[string]int) map[string]int {
	fmt.Println("map")
	return m
}

type pair struct{ a, b int }

func main() {
	m := map[string]int{}
	getm(m)[key("a")] = val(1)
	getm(m)[key("a")] += val(2)
	getm(m)[key("b")]++
	m[key("c")], m[key("d")] = val(3), val(4)
	fmt.Println(m["a"], m["b"], m["c"], m["d"], len(m))

	// op= on a missing key starts from the zero value.
	m["z"] -= 5
	m["y"] *= 7
	fmt.Println(m["z"], m["y"], len(m))

	// Swapping through the map reads both values first.
	m["c"], m["d"] = m["d"], m["c"]
	fmt.Println(m["c"], m["d"])

	// A map value is a reference: copies share entries.
	x := m
	m = map[string]int{}
	x["q"] = 1
	fmt.Println(len(x), len(m))

	// The key of an assignment is evaluated before the right-hand side.
	k := "first"
	set := map[string]string{}
	set[k] = func() string { k = "second"; return k }()
	fmt.Println(set["first"], set["second"] == "", k)

	// Struct values: swap and copy whole elements.
	ps := map[int]pair{1: {1, 2}, 2: {3, 4}}
	ps[1], ps[2] = ps[2], ps[1]
	ps[3] = ps[1]
	fmt.Println(ps[1], ps[2], ps[3], len(ps))

	// Nested maps: the inner map is read, then assigned into.
	mm := map[string]map[string]int{"o": {}}
	mm[key("o")][key("i")] += val(5)
	mm["o"]["i"]++
	fmt.Println(mm["o"]["i"], len(mm["missing"]))

	// A slice in a map: index assignment goes through the map's slice value.
	ms := map[string][]int{"s": make([]int, 3)}
	ms["s"][1] = 9
	ms["s"][2] += 4
	fmt.Println(ms["s"])
}
