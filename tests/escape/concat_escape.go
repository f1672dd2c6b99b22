// A concatenation that is returned or stored escapes; the rendering
// joins all operands with " + ".
package main

import "fmt"

var last string

func join(a, b string) string {
	return a + "-" + b
}

func record(a string, n int) {
	last = a + string(rune('0'+n))
}

func main() {
	record("v", 7)
	fmt.Println(join("x", "y"), last)
}
