// Unrecovered panics with values of named basic types: Go prints the type
// name and the value (main.Code(42), main.Name("x"), ...). Each is recovered
// and re-raised by a deferred call, so Go prints the whole chain.
package main

import "fmt"

type Code int
type Name string
type Ratio float64
type Flag bool
type Small uint8

func main() {
	defer func() {
		fmt.Println("last defer sees", recover())
		panic(Small(200))
	}()
	defer func() {
		defer func() {
			panic(Flag(true))
		}()
		panic(Ratio(1.5))
	}()
	defer func() {
		panic(Name("x\ty"))
	}()
	panic(Code(42))
}
