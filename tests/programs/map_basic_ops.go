package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"one": 1, "two": 2}
	m["three"] = 3
	fmt.Println(len(m), m["one"], m["three"], m["missing"])
	fmt.Println(m)

	m["one"] += 10
	m["new"]++
	fmt.Println(m["one"], m["new"], len(m))

	v, ok := m["two"]
	fmt.Println(v, ok)
	v, ok = m["zero"]
	fmt.Println(v, ok)
	if _, ok := m["three"]; ok {
		fmt.Println("has three")
	}

	delete(m, "two")
	delete(m, "nope")
	fmt.Println(len(m), m)

	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, "->", m[k])
	}

	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum", sum)

	m2 := make(map[int]string, 100)
	fmt.Println(len(m2))
	for i := 0; i < 10; i++ {
		m2[i*i] = fmt.Sprint(i)
	}
	fmt.Println(len(m2), m2[49], m2[50] == "")
	fmt.Println(m2)

	alias := m2
	alias[1000] = "x"
	fmt.Println(len(m2), m2[1000])

	var byLen = map[int][]string{}
	for _, w := range []string{"a", "bb", "cc", "d", "eee"} {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
}
