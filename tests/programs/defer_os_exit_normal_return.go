// os.Exit inside a deferred call on a normal return: output written before
// it stays, the exit status is the one passed, later defers do not run.
package main

import (
	"fmt"
	"os"
)

func status() (code int) {
	defer func() { code += 3 }()
	return 2
}

func main() {
	defer fmt.Println("main: never printed")
	defer func() {
		c := status()
		fmt.Println("exiting with", c)
		os.Exit(c)
	}()
	defer fmt.Println("main: printed first")
	fmt.Println("main body")
}
