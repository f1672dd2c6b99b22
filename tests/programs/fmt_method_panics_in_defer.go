// fmt catches a String method's panic inside a deferred call run by
// another panic, which then ends the program as usual.
package main

import "fmt"

type T struct{ n int }

func (t T) String() string {
	if t.n == 0 {
		panic("boom")
	}
	return "ok"
}

func main() {
	defer func() {
		fmt.Println("in defer:", T{0})
	}()
	panic("first")
}
