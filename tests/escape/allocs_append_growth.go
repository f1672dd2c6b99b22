// append growth: building a 100-element slice from nil reallocates at
// each growth step (Go's growth rule and size classes decide how many
// and how large); a slice that does not escape starts in a 32-byte stack
// buffer, so 4 ints cost nothing and the 5th moves it to the heap.
package main

import (
	"fmt"
	"runtime"
)

var sink []int

func grow(n int) []int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return s
}

var total int

func local(n int) int {
	var s []int
	for i := range n {
		s = append(s, i)
	}
	return len(s) + cap(s)
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
	a, b := measure(func(i int) { sink = grow(100) })
	fmt.Println("grow 100:", a, b, cap(sink))
	a, b = measure(func(i int) { total += local(4) })
	fmt.Println("local 4:", a, b)
	a, b = measure(func(i int) { total += local(5) })
	fmt.Println("local 5:", a, b, total)
}
