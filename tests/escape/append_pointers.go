// Appended pointer values always flow to the heap, even when the slice
// stays local: x is moved to the heap here.
package main

import "fmt"

func countPtrs() int {
	x := 1
	var ps []*int
	ps = append(ps, &x)
	return len(ps) + *ps[0]
}

func literal() int {
	y := 2
	ps := []*int{&y}
	return len(ps) + *ps[0]
}

func main() {
	fmt.Println(countPtrs(), literal())
}
