// Boxing structs: one object of the struct's size class per conversion
// (a 20-byte struct costs 24 bytes); a zero value needs no allocation.
package main

import (
	"fmt"
	"runtime"
)

type Small struct {
	A, B int64
}

type Odd struct {
	V [5]int32
}

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
	a, b := measure(func(i int) { sink = Small{int64(i), 1} })
	fmt.Println("16-byte struct:", a, b)
	a, b = measure(func(i int) { sink = Odd{[5]int32{int32(i)}} })
	fmt.Println("20-byte struct:", a, b)
	a, b = measure(func(i int) { sink = Small{} })
	fmt.Println("zero struct:", a, b)
	fmt.Println(sink)
}
