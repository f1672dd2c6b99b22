// String concatenation allocates the result; if the result stays in the
// function it "does not escape" (gc uses a small stack buffer).
package main

import "fmt"

func sameLen(a, b string) bool {
	s := a + b
	return len(s) == len(a)+len(b)
}

func greet(name string) int {
	msg := "hello, " + name + "!"
	return len(msg)
}

func main() {
	fmt.Println(sameLen("ab", "cd"), greet("gopher"))
}
