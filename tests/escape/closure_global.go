// Storing a closure in a package-level variable makes it escape, and
// with it every variable it captures by reference.
package main

import "fmt"

var hook func() int

func install(start int) {
	n := start
	hook = func() int {
		n += 10
		return n
	}
}

func main() {
	install(5)
	hook()
	fmt.Println(hook())
}
