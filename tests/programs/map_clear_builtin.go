package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	alias := m
	fmt.Println(len(m), m)
	clear(m)
	fmt.Println(len(m), m, len(alias), alias)
	m["d"] = 4
	fmt.Println(alias)

	big := map[int]int{}
	for i := 0; i < 1000; i++ {
		big[i] = i * 2
	}
	fmt.Println(len(big), big[999])
	clear(big)
	fmt.Println(len(big), big[999])
	for i := 0; i < 5; i++ {
		big[i] = -i
	}
	fmt.Println(big)

	nested := map[string]map[string]int{"x": {"y": 1}}
	inner := nested["x"]
	clear(nested)
	fmt.Println(len(nested), inner)

	cnt := 0
	for k := range m {
		clear(m)
		cnt++
		_ = k
	}
	fmt.Println("iterations when clearing inside range:", cnt, len(m))
}
