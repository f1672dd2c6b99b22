// Method values: calling x.M() directly or through a method value that
// does not escape costs nothing; a stored method value is one closure
// object.
package main

import (
	"fmt"
	"runtime"
)

type Counter struct {
	n int
}

func (c *Counter) Inc() { c.n++ }

var sinkF func()

func localValue(c *Counter) {
	f := c.Inc
	f()
}

func storeValue(c *Counter) {
	sinkF = c.Inc
}

var c Counter

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
	a, b := measure(func(i int) { c.Inc() })
	fmt.Println("direct call:", a, b)
	a, b = measure(func(i int) { localValue(&c) })
	fmt.Println("local method value:", a, b)
	a, b = measure(func(i int) { storeValue(&c) })
	fmt.Println("stored method value:", a, b)
	sinkF()
	fmt.Println(c.n)
}
