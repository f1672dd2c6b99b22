// Why fmt allocates: fmt.Sprint boxes each argument (values 256 and up
// cost one object each) and allocates its result string.
package main

import (
	"fmt"
	"runtime"
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
	a, _ := measure(func(i int) { sink = fmt.Sprint(i % 10) })
	fmt.Println("Sprint small int:", a)
	a, _ = measure(func(i int) { sink = fmt.Sprint(i + 1000) })
	fmt.Println("Sprint large int:", a)
	a, _ = measure(func(i int) { sink = fmt.Sprint(i+1000, i+2000) })
	fmt.Println("Sprint two large ints:", a)
	fmt.Println(sink)
}
