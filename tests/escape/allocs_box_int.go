// Boxing integers into interfaces: gc keeps a static table for values
// 0..255 and for single-byte types, so only larger values allocate (one
// 8-byte object).
package main

import (
	"fmt"
	"runtime"
)

var sink any

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
	a, b := measure(func(i int) { sink = i % 256 })
	fmt.Println("int 0..255:", a, b)
	a, b = measure(func(i int) { sink = i + 256 })
	fmt.Println("int 256..:", a, b)
	a, b = measure(func(i int) { sink = uint8(i) })
	fmt.Println("uint8:", a, b)
	a, b = measure(func(i int) { sink = int32(-i - 1) })
	fmt.Println("int32 negative:", a, b)
	fmt.Println(sink)
}
