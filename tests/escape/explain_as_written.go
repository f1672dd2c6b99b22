// gc substitutes the constants it finds (a variable assigned once from a
// constant) in the final -m lines, but a -m=2 explanation printed while it
// builds the graph (a value flowing straight to the heap) shows the
// expression as written; one the solver prints later shows the constant.
package main

import "fmt"

var sink any
var sinks []any

func main() {
	x := 7
	sink = x
	y := 8
	sink = any(y)
	n := 5
	sinks = make([]any, n)
	z := 9
	fmt.Println(z, any(z))
}
