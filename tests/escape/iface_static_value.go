// A local defined from a constant and never reassigned is printed as
// that constant when it is boxed; a reassigned one keeps its name.
package main

import "fmt"

var sink any

func main() {
	n := 5
	sink = n
	fmt.Println(sink)
	m := 6
	if len(fmt.Sprint(sink)) > 0 {
		m = 7
	}
	sink = m
	s := "label"
	fmt.Println(sink, s)
}
