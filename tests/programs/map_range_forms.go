package main

import "fmt"

func source() map[string]int {
	fmt.Println("source evaluated")
	return map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
}

func main() {
	// The range expression is evaluated once.
	sum := 0
	for _, v := range source() {
		sum += v
	}
	fmt.Println(sum)

	m := map[string]int{"x": 10, "y": 20, "z": 30}
	n := 0
	for range m {
		n++
	}
	keys := 0
	for k := range m {
		keys += len(k)
	}
	fmt.Println(n, keys)

	// Assignment form with existing variables.
	var k string
	var v int
	total := 0
	for k, v = range m {
		total += v + len(k)
	}
	fmt.Println(total, len(k) == 1, v > 0)

	// Loop variables are per iteration: closures see their own copies.
	var fs []func() int
	for k, v := range m {
		fs = append(fs, func() int { return len(k) * v })
	}
	got := 0
	for _, f := range fs {
		got += f()
	}
	fmt.Println(got)

	// Changing the loop variable does not change the map.
	for k, v := range m {
		v *= 100
		_ = k
		_ = v
	}
	fmt.Println(m["x"], m["y"], m["z"])

	// break, continue and labels.
	count := 0
outer:
	for k := range m {
		for i := 0; i < 3; i++ {
			if i == 1 {
				continue outer
			}
			count++
		}
		_ = k
	}
	fmt.Println(count)
	found := false
	for _, v := range m {
		if v == 20 {
			found = true
			break
		}
	}
	fmt.Println(found)

	// Deleting every entry while ranging: each entry is seen once at most.
	seen := 0
	for k := range m {
		delete(m, k)
		seen++
	}
	fmt.Println(seen, len(m))

	// Ranging over a nil map does nothing.
	var nm map[int]string
	for k, v := range nm {
		fmt.Println("never", k, v)
	}

	// Nested ranges over the same map.
	pairs := 0
	sq := map[int]int{1: 1, 2: 4, 3: 9}
	for a := range sq {
		for b := range sq {
			if a < b {
				pairs++
			}
		}
	}
	fmt.Println(pairs)

	// Values of several kinds.
	ms := map[int][]string{1: {"a"}, 2: {"b", "c"}}
	words := 0
	for _, ws := range ms {
		words += len(ws)
	}
	type rec struct {
		n    int
		name string
	}
	mr := map[string]rec{"p": {1, "one"}, "q": {2, "two"}}
	nsum := 0
	for key, r := range mr {
		nsum += r.n + len(r.name) + len(key)
	}
	fmt.Println(words, nsum)
}
