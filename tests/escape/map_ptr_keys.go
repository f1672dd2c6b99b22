// Map keys that contain pointers are stored into the map, so they leak
// on insertion; looking a key up does not make it escape.
package main

import "fmt"

type Key struct {
	name *string
}

func insert(m map[Key]int, k Key) {
	m[k] = 1
}

func lookup(m map[Key]int, k Key) int {
	return m[k]
}

func main() {
	s, t := "a", "b"
	m := make(map[Key]int)
	insert(m, Key{&s})
	fmt.Println(lookup(m, Key{&t}), len(m))
}
