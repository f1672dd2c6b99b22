// Variadic deferred calls: the implicit slice built at a defer statement
// lives until the call runs; with xs... only the header is kept.
package main

import "fmt"

func sum(label *string, ns ...int) {
	t := 0
	for _, n := range ns {
		t += n
	}
	fmt.Println(*label, t)
}

func keep(ns ...int) []int { return ns }

var saved []int

func store(ns ...int) { saved = ns }

func run(xs []int) {
	label := "spread"
	defer sum(&label, xs...)
	other := "args"
	defer sum(&other, 1, 2, 3)
	defer store(4, 5, 6)
	defer fmt.Println("println", len(xs), xs[0])
	_ = keep(7, 8)
}

func loop(n int) {
	for i := 0; i < n; i++ {
		tag := "loop"
		defer sum(&tag, i, i*10)
	}
}

func main() {
	run([]int{10, 20})
	loop(2)
	fmt.Println(saved)
}
