// Closures inside closures: the inner literal escapes with the outer
// one; names like outer.func1.1 appear only at -m=2.
package main

import "fmt"

func outer(base int) func() func() int {
	return func() func() int {
		step := 0
		return func() int {
			step++
			return base + step
		}
	}
}

func main() {
	mk := outer(100)
	g := mk()
	g()
	fmt.Println(g())
}
