// Explicit conversions to interface types: named interface types print
// as T(x), unnamed ones as (interface {})(x).
package main

import "fmt"

type Shower interface {
	Show() string
}

type Name string

func (n Name) Show() string { return "<" + string(n) + ">" }

var keep []any

func main() {
	n := Name("go")
	s := Shower(n)
	keep = append(keep, any(42), interface{}(n))
	fmt.Println(s.Show(), len(keep))
}
