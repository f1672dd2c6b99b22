// Ranging over a slice of pointers copies each pointer into the loop
// variable: storing that variable leaks the slice's content.
package main

import "fmt"

var keep []*string

func keepAll(ps []*string) {
	for _, p := range ps {
		keep = append(keep, p)
	}
}

func countNil(ps []*string) int {
	n := 0
	for _, p := range ps {
		if p == nil {
			n++
		}
	}
	return n
}

func main() {
	a, b := "a", "b"
	keepAll([]*string{&a, &b})
	fmt.Println(len(keep), *keep[1], countNil([]*string{nil, &a}))
}
