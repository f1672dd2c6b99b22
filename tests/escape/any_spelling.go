// gc prints `any` where the program wrote `any` and `interface {}` where
// it wrote `interface{}`: the two are one type, spelled two ways.
package main

import "fmt"

var sink any

func wrapAny(x int) []any          { return []any{x} }
func wrapEmpty(x int) []interface{} { return []interface{}{x} }

func makeAny(n int)   { sink = make([]any, n) }
func makeEmpty(n int) { sink = make([]interface{}, n) }

func table(k string, v any) map[string]any {
	return map[string]any{k: v}
}

func main() {
	a := wrapAny(1)
	b := wrapEmpty(2)
	makeAny(3)
	makeEmpty(4)
	t := table("k", 5)
	fmt.Println(len(a), len(b), len(t))
}
