// Maps: a small map that does not escape lives on the stack; a map that
// escapes is allocated on the heap.
package main

import (
	"fmt"
	"runtime"
)

var sink map[int]int
var total int

func local(i int) int {
	m := make(map[int]int)
	m[i] = i
	m[i+1] = i
	return len(m)
}

func escape(i int) map[int]int {
	m := make(map[int]int)
	m[i] = i
	return m
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
	a, b := measure(func(i int) { total += local(i) })
	fmt.Println("local:", a, b)
	a, b = measure(func(i int) { sink = escape(i) })
	fmt.Println("escaping:", a, b)
	fmt.Println(total, len(sink))
}
