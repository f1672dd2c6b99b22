package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[int]string{}
	for i := 0; i < 20; i++ {
		m[i] = fmt.Sprint("v", i)
	}
	for k := range m {
		if k%3 != 0 {
			delete(m, k)
		}
	}
	fmt.Println(len(m), m)

	// Deleting every key during range: each key is seen at most once.
	visited := 0
	for k := range m {
		delete(m, k)
		visited++
	}
	fmt.Println("visited", visited, "left", len(m))

	// Deleting other keys: deleted keys not yet reached are not produced.
	n := map[int]bool{}
	for i := 0; i < 10; i++ {
		n[i] = true
	}
	seen := map[int]bool{}
	for k := range n {
		seen[k] = true
		partner := 9 - k
		delete(n, partner)
	}
	fmt.Println("remaining", len(n))
	pairsOk := true
	for k := range n {
		if n[9-k] {
			pairsOk = false
		}
	}
	fmt.Println("no pair both remaining:", pairsOk, len(seen) >= 5)

	// Modify values in place during range.
	scores := map[string]int{"ann": 1, "bob": 2, "cat": 3}
	for k, v := range scores {
		scores[k] = v * 100
	}
	keys := []string{}
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, ":", scores[k], " ")
	}
	fmt.Println()
}
