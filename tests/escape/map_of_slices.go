// A map holding slices: the slices built by append are stored in the map
// and escape; the map itself stays local.
package main

import (
	"fmt"
	"sort"
)

func group(words []string) []int {
	m := map[int][]string{}
	for _, w := range words {
		m[len(w)] = append(m[len(w)], w)
	}
	var sizes []int
	for k, v := range m {
		sizes = append(sizes, k*10+len(v))
	}
	sort.Ints(sizes)
	return sizes
}

func main() {
	fmt.Println(group([]string{"a", "bb", "cc", "d", "eee"}))
}
