// Calling through an interface hides the callee, so a pointer argument
// escapes and costs a heap object per call; the same call on the
// concrete type costs nothing.
package main

import (
	"fmt"
	"runtime"
)

type Reader interface {
	Read(p *[16]byte) int
}

type Zero struct{}

func (Zero) Read(p *[16]byte) int {
	p[0] = 1
	return len(p)
}

var r Reader = Zero{}
var total int

func viaInterface(r Reader) int {
	var buf [16]byte
	return r.Read(&buf)
}

func direct(z Zero) int {
	var buf [16]byte
	return z.Read(&buf)
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
	a, b := measure(func(i int) { total += viaInterface(r) })
	fmt.Println("interface:", a, b)
	a, b = measure(func(i int) { total += direct(Zero{}) })
	fmt.Println("direct:", a, b)
	fmt.Println(total)
}
