// Size limits at run time: new([65536]byte) that does not escape stays
// on the stack; new([70000]byte) is heap-allocated on every call, as is
// a local array over 128 KiB ("moved to heap"). Large objects are
// rounded up to whole 8 KiB pages: 72 and 144 KiB per call.
package main

import (
	"fmt"
	"runtime"
)

var total int

func fits(i int) int {
	p := new([65536]byte)
	p[i%len(p)] = 1
	return int(p[i%len(p)])
}

func tooBig(i int) int {
	p := new([70000]byte)
	p[i%len(p)] = 1
	return int(p[i%len(p)])
}

func bigLocal(i int) int {
	var a [140000]byte
	a[i%len(a)] = 2
	return int(a[i%len(a)])
}

const N = 1000

// measure calls f(0) .. f(N-1) and returns heap objects and KiB
// allocated per call (integer division hides the runtime's own noise,
// including what the collector allocates for the cycles these large
// allocations trigger).
func measure(f func(int)) (allocs, kib uint64) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		f(i)
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / N, (after.TotalAlloc - before.TotalAlloc) / N / 1024
}

func main() {
	runtime.GOMAXPROCS(1)
	a, b := measure(func(i int) { total += fits(i) })
	fmt.Println("64 KiB new:", a, b)
	a, b = measure(func(i int) { total += tooBig(i) })
	fmt.Println("70000-byte new:", a, b)
	a, b = measure(func(i int) { total += bigLocal(i) })
	fmt.Println("140000-byte local:", a, b)
	fmt.Println(total)
}
