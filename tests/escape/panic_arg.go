// The argument of panic flows to the heap (here on a path that never
// runs, so the program exits normally).
package main

import (
	"fmt"
	"os"
)

type Fault struct {
	Code int
}

func mustPositive(n int) int {
	if n < 0 {
		panic(&Fault{Code: n})
	}
	if n > 1000 {
		panic(n)
	}
	return n
}

func main() {
	if len(os.Args) > 100 {
		panic("too many arguments")
	}
	fmt.Println(mustPositive(5))
}
