// Variadic deferred calls: with xs... the slice header is captured (elements
// changed later show through); with separate arguments a new slice is built
// at the defer statement.
package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...string) {
	fmt.Println(len(parts), strings.Join(parts, sep))
}

func total(label string, ns ...int) {
	t := 0
	for _, n := range ns {
		t += n
	}
	fmt.Println(label, t, len(ns))
}

func main() {
	xs := []any{"a", 1, true}
	defer fmt.Println(xs...)
	defer fmt.Println(xs)
	defer fmt.Println("separate", xs[0], xs[1])
	xs[0] = "changed"
	xs = append(xs, "appended")
	xs[1] = 2

	words := []string{"x", "y", "z"}
	defer join("-", words...)
	defer join("+", words[0], words[2])
	defer join("/")
	defer join("|", words[1:]...)
	words[1] = "Y"
	words = words[:1]

	nums := []int{1, 2, 3}
	defer total("spread", nums...)
	defer total("args", nums[0], nums[1], nums[2])
	defer total("none")
	defer total("nil", nil...)
	nums[2] = 300

	defer fmt.Printf("%s=%d %v\n", "k", 5, []int{1})
	defer fmt.Print("no newline ", 1, 2, "\n")
	fmt.Println("body")
}
