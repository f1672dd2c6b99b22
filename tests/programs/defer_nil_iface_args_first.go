// `defer i.M(f())` evaluates the operands first, then panics at the defer
// statement when i is nil (gc's normalizeGoDeferCall: the nil check
// follows the temporaries' assignment).
package main

import "fmt"

type Speaker interface{ Say(string) }

func arg() string {
	fmt.Println("argument evaluated")
	return "hi"
}

func run(s Speaker) {
	defer fmt.Println("deferred before the panic runs")
	defer s.Say(arg())
	fmt.Println("not reached")
}

func main() {
	run(nil)
}
