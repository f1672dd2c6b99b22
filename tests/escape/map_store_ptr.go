// Storing into a map always goes to the heap: a pointer stored as a map
// value moves its target to the heap even if the map is local.
package main

import "fmt"

func index(words []string) int {
	m := make(map[string]*int)
	for _, w := range words {
		n := len(w)
		m[w] = &n
	}
	return *m["abc"]
}

func main() {
	fmt.Println(index([]string{"a", "abc"}))
}
