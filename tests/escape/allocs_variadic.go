// Variadic calls: the implicit slice of a callee that does not keep it
// stays on the stack; if the callee keeps it, every call allocates it.
package main

import (
	"fmt"
	"runtime"
)

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

var kept []int

func keep(xs ...int) {
	kept = xs
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
	a, b := measure(func(i int) { total += sum(i, 1, 2) })
	fmt.Println("sum:", a, b)
	a, b = measure(func(i int) { keep(i, 1, 2) })
	fmt.Println("keep:", a, b)
	fmt.Println(total, kept)
}
