// strconv.Itoa returns a preformatted string for 0..99 and allocates the
// digits for larger values (small strings use the tiny allocator, whose
// bytes are counted per 16-byte block).
package main

import (
	"fmt"
	"runtime"
	"strconv"
)

var sink string

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
	a, b := measure(func(i int) { sink = strconv.Itoa(i % 100) })
	fmt.Println("0..99:", a, b)
	a, b = measure(func(i int) { sink = strconv.Itoa(1000000 + i) })
	fmt.Println("7 digits:", a, b)
	fmt.Println(sink)
}
