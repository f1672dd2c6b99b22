// Variadic pointers: the implicit slice does not escape but the
// pointers in it do, because the function stores its elements.
package main

import "fmt"

var all []*int

func register(ps ...*int) {
	for _, p := range ps {
		all = append(all, p)
	}
}

func main() {
	a, b := 1, 2
	register(&a, &b)
	fmt.Println(len(all), *all[0]+*all[1])
}
