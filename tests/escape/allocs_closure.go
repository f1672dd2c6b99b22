// Closures: a closure that does not escape costs nothing; an escaping
// one capturing by value costs one object; capturing a modified variable
// by reference costs a second object for the variable.
package main

import (
	"fmt"
	"runtime"
)

var sinkF func() int

func local(k int) int {
	f := func() int { return k * 2 }
	return f()
}

func byValue(k int) func() int {
	return func() int { return k * 2 }
}

func byRef(k int) func() int {
	return func() int {
		k++
		return k
	}
}

var total int

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
	a, b := measure(func(i int) { total += local(i) })
	fmt.Println("local:", a, b)
	a, b = measure(func(i int) { sinkF = byValue(i) })
	fmt.Println("by value:", a, b)
	a, b = measure(func(i int) { sinkF = byRef(i) })
	fmt.Println("by reference:", a, b)
	fmt.Println(total, sinkF())
}
