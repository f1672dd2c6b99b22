package main

import "fmt"

type rec struct {
	name string
	n    int
	p    *int
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	fmt.Println(s, len(s), cap(s))
	clear(s)
	fmt.Println(s)

	x := 7
	rs := []rec{{"a", 1, &x}, {"b", 2, nil}}
	clear(rs)
	fmt.Println(rs[0].name == "", rs[0].n, rs[0].p == nil, len(rs))

	strs := []string{"x", "y"}
	clear(strs[:1])
	fmt.Println(len(strs[0]), strs[1])

	var nilSlice []float64
	clear(nilSlice)
	fmt.Println(nilSlice == nil)

	// clear affects the shared backing array.
	base := []byte("hello")
	view := base[1:4]
	clear(view)
	fmt.Println(base)

	var nilMap map[string]int
	clear(nilMap)
	fmt.Println(len(nilMap))

	m := map[int]string{1: "a", 2: "b", 3: "c"}
	alias := m
	clear(m)
	m[4] = "d"
	fmt.Println(len(alias), alias[4], alias[1] == "")

	// clear while ranging stops the iteration's remaining entries.
	big := map[int]int{}
	for i := 0; i < 100; i++ {
		big[i] = i
	}
	visits := 0
	for range big {
		visits++
		clear(big)
	}
	fmt.Println(visits, len(big))
}
