// Anonymous struct types are rendered with their full type text.
package main

import "fmt"

var sink any

func main() {
	p := struct {
		X, Y int
	}{1, 2}
	sink = &struct{ N int }{N: 3}
	fmt.Println(p, struct{ S string }{"s"})
	fmt.Println(sink)
}
