// Pointer-shaped values (pointers, maps, funcs) go into an interface
// without boxing, so no conversion line is printed for them; what they
// point to escapes instead.
package main

import "fmt"

type T struct {
	v int
}

var sink any

func main() {
	t := &T{v: 1}
	m := map[string]int{"a": 1}
	var u T
	sink = &u
	fmt.Println(t, m, len(m))
}
