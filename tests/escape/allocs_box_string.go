// Boxing strings: a constant string and the empty string need no
// allocation; a non-constant, non-empty string costs one 16-byte object
// (the string header).
package main

import (
	"fmt"
	"runtime"
)

var sink any
var words = []string{"", "alpha", "beta"}

const N = 1000

// measure calls f(0) .. f(N-1) and returns heap objects and bytes
// allocated per call (integer division hides the runtime's own noise).
func measure(f func(int)) (allocs, bytes uint64) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		f(i)
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / N, (after.TotalAlloc - before.TotalAlloc) / N
}

func main() {
	runtime.GOMAXPROCS(1)
	a, b := measure(func(i int) { sink = "constant" })
	fmt.Println("constant:", a, b)
	a, b = measure(func(i int) { sink = words[0] })
	fmt.Println("empty:", a, b)
	a, b = measure(func(i int) { sink = words[1+i%2] })
	fmt.Println("variable:", a, b)
	fmt.Println(sink)
}
