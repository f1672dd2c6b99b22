// Observing the heap with MemStats: objects kept alive show up in
// HeapObjects and HeapAlloc after a collection; once dropped, the next
// collection frees them (Frees grows, HeapAlloc shrinks).
package main

import (
	"fmt"
	"runtime"
)

const N = 1000

var keep []*[64]byte

func fill() {
	keep = make([]*[64]byte, N)
	for i := range keep {
		keep[i] = new([64]byte)
	}
}

func main() {
	runtime.GOMAXPROCS(1)
	var before, live, freed runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	fill()
	runtime.GC()
	runtime.ReadMemStats(&live)
	fmt.Println("allocs/object:", (live.Mallocs-before.Mallocs)/N)
	fmt.Println("live objects >= N:", live.HeapObjects-before.HeapObjects >= N)
	fmt.Println("live bytes >= 64*N:", live.HeapAlloc-before.HeapAlloc >= 64*N)
	keep = nil
	runtime.GC()
	runtime.ReadMemStats(&freed)
	fmt.Println("freed >= N:", freed.Frees-live.Frees >= N)
	fmt.Println("heap shrank:", freed.HeapAlloc < live.HeapAlloc)
}
