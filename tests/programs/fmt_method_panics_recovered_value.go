// A Stringer panic value is turned into text only if the panic ends the
// program (Go's preprintpanics): recovered, printing it calls String,
// whose own panic fmt catches.
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
		r := recover()
		fmt.Println("got a value")
		fmt.Println("recovered:", r)
	}()
	panic(T{0})
}
