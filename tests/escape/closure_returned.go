// A returned closure escapes. A captured variable that is never
// reassigned is captured by value and stays where it is; printing it
// inside the closure boxes it.
package main

import "fmt"

func closureExample() func() {
	x := 42
	return func() {
		fmt.Println(x)
	}
}

func adder(n int) func(int) int {
	return func(v int) int { return v + n }
}

func main() {
	f := closureExample()
	f()
	add5 := adder(5)
	fmt.Println(add5(10))
}
