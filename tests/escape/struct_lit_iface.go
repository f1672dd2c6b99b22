// A struct literal converted to an interface is boxed: the message
// renders the literal as T{...}.
package main

import "fmt"

type Pair struct {
	A, B int
}

type Empty struct{}

func show(v any) string {
	return fmt.Sprint(v)
}

func main() {
	s := show(Pair{1, 2})
	t := show(Empty{})
	fmt.Println(s, t)
	fmt.Println(Pair{A: 3})
}
