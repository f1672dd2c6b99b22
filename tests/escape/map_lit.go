// Map literals are allocation sites rendered map[K]V{...} (or {} when
// empty).
package main

import "fmt"

func lookup(k string) int {
	m := map[string]int{"one": 1, "two": 2}
	return m[k]
}

func table() map[string]int {
	return map[string]int{"x": 10}
}

func emptyLocal() int {
	m := map[int]int{}
	m[1] = 1
	return len(m)
}

func main() {
	t := table()
	fmt.Println(lookup("two"), t["x"], emptyLocal())
}
