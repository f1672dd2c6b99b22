package main

import "fmt"

func main() {
	m := map[int]int{1: 1, 2: 2, 3: 3}
	iterations := 0
	for k, v := range m {
		iterations++
		if k < 100 {
			m[k+100] = v * 10
		}
	}
	// Inserted entries may or may not be visited; only totals are deterministic.
	fmt.Println("len", len(m))
	sum := 0
	for _, v := range m {
		sum += v
	}
	fmt.Println("sum", sum)
	fmt.Println("iterations in range", iterations >= 3 && iterations <= 6)
	fmt.Println(m)

	// Rebuilding into a separate map is deterministic.
	src := map[string]int{"a": 1, "b": 2, "c": 3}
	dst := make(map[string]int, len(src))
	for k, v := range src {
		dst[k+k] = v * v
	}
	fmt.Println(dst, len(dst))

	// Overwriting existing keys does not add entries.
	count := map[string]int{"x": 0, "y": 0}
	for k := range count {
		count[k] = len(k) + 5
		count["x"]++
	}
	fmt.Println(len(count), count["y"], count["x"] >= 6)
	total := 0
	for i := 0; i < 100; i++ {
		m[i%7] += i
	}
	for k, v := range m {
		if k < 7 {
			total += v
		}
	}
	fmt.Println("total", total, len(m))
}
