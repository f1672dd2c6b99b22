// Calling through a func value the compiler cannot resolve: every
// pointer argument is assumed to escape.
package main

import "fmt"

var handlers = map[string]func(*int) int{
	"inc": func(p *int) int { *p++; return *p },
}

func dispatch(name string) int {
	x := 10
	return handlers[name](&x)
}

func callParam(f func(*int) int) int {
	y := 20
	return f(&y)
}

func main() {
	fmt.Println(dispatch("inc"), callParam(handlers["inc"]))
}
