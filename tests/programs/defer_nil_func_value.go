// Deferring a nil func value panics when the call would run, after the
// function body.
package main

import "fmt"

func main() {
	var f func()
	defer f()
	fmt.Println("body runs first")
}
