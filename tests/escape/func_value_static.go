// A local func variable that is never reassigned is resolved to its
// function, so the callee's parameter tags apply and x stays on the stack.
package main

import "fmt"

func double(p *int) int {
	return *p * 2
}

func viaVar() int {
	f := double
	x := 21
	return f(&x)
}

func viaLiteral() int {
	g := func(p *int) int { return *p + 1 }
	y := 41
	return g(&y)
}

func main() {
	fmt.Println(viaVar(), viaLiteral())
}
