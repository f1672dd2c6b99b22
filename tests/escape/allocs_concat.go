// String concatenation: a result that does not escape and fits in 32
// bytes uses a stack buffer; longer or escaping results allocate.
package main

import (
	"fmt"
	"runtime"
)

var words = []string{"go", "pher", "a much longer string for testing"}
var sink string
var total int

func shortLocal(i int) int {
	s := words[0] + words[1]
	return len(s) + i
}

func longLocal(i int) int {
	s := words[2] + words[1]
	return len(s) + i
}

func escaping() string {
	return words[0] + words[1]
}

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
	a, b := measure(func(i int) { total += shortLocal(i) })
	fmt.Println("short local:", a, b)
	a, b = measure(func(i int) { total += longLocal(i) })
	fmt.Println("long local:", a, b)
	a, b = measure(func(i int) { sink = escaping() })
	fmt.Println("escaping:", a, b)
	fmt.Println(total, sink)
}
