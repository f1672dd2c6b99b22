// panic(nil), not recovered: go1.21+ reports a runtime error; the deferred
// call runs first.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred before the crash")
	var v any
	fmt.Println("about to panic with", v)
	panic(v)
}
