// A slice literal stored straight into an interface: the literal and its
// conversion share one position and one rendering, so gc prints the same
// line twice.
package main

import "fmt"

var sink any

func main() {
	sink = []int{}
	fmt.Println(sink)
	sink = []string{"a", "b"}
	fmt.Println(sink)
}
