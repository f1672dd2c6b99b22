// os.Exit inside a deferred call, while the function panics: the program
// ends at once with that status; the remaining deferred calls do not run and
// the panic is never printed.
package main

import (
	"fmt"
	"os"
)

func work() {
	defer fmt.Println("work: never printed")
	defer func() {
		fmt.Println("work: exiting from a deferred call")
		os.Exit(7)
	}()
	defer fmt.Println("work: printed before exit")
	panic("this panic is not reported")
}

func main() {
	defer fmt.Println("main: never printed")
	fmt.Println("start")
	work()
}
