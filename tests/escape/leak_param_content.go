// "leaking param content: pp": not pp itself but what it points to is
// stored in the heap: the caller's p stays on the stack, x (which p
// points to) is moved to the heap.
package main

import "fmt"

var saved *int
var first string

func saveInner(pp **int) {
	saved = *pp
}

func firstOf(s []string) {
	first = s[0]
}

func main() {
	x := 5
	p := &x
	saveInner(&p)
	firstOf([]string{"head", "tail"})
	fmt.Println(*saved, first)
}
