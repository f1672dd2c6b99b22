// make(map[K]V) with and without a size hint; a map that stays local
// does not escape, a returned one escapes.
package main

import "fmt"

func countWords(words []string) int {
	m := make(map[string]int)
	for _, w := range words {
		m[w]++
	}
	return len(m)
}

func index(n int) map[int]bool {
	m := make(map[int]bool, n)
	for i := 0; i < n; i++ {
		m[i*i] = true
	}
	return m
}

func main() {
	idx := index(5)
	fmt.Println(countWords([]string{"a", "b", "a"}), len(idx), idx[16], idx[15])
}
