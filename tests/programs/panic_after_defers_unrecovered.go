// A panic nobody recovers: every deferred call of every frame on the way
// out runs (and its output appears) before Go prints the panic and exits 2.
package main

import (
	"fmt"
	"os"
)

type step struct{ name string }

func (s step) done() { fmt.Println("done:", s.name) }

func c(depth int) {
	defer step{"c"}.done()
	defer func() {
		fmt.Fprintln(os.Stderr, "stderr from c's defer")
	}()
	if depth == 0 {
		var m map[string][]int
		m["x"] = append(m["x"], 1)
	}
	c(depth - 1)
}

func b() {
	defer fmt.Println("b: deferred 1")
	for i := 0; i < 2; i++ {
		defer fmt.Println("b: loop defer", i)
	}
	c(2)
	fmt.Println("b: not reached")
}

func main() {
	defer fmt.Println("main: deferred")
	defer func() {
		fmt.Println("main: recover helper ran, not recovering")
	}()
	b()
}
