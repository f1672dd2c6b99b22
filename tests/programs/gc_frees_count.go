// Frees counts objects the collector reclaimed; Mallocs and Frees never
// decrease; HeapObjects is exactly Mallocs - Frees and Alloc is HeapAlloc.
package main

import (
	"fmt"
	"runtime"
)

type pair struct {
	a, b *[2]int // 16 bytes: not combined by gc's tiny allocator
	n    int
}

var sink []*pair

// churn builds n pairs reachable only from the global sink (no local
// slice header refers to them once it returns).
func churn(n int) {
	sink = make([]*pair, n)
	for i := 0; i < n; i++ {
		x, y := new([2]int), new([2]int)
		x[0], y[1] = i, -i
		sink[i] = &pair{a: x, b: y, n: i}
	}
}

func identity(m *runtime.MemStats) bool {
	return m.HeapObjects == m.Mallocs-m.Frees && m.Alloc == m.HeapAlloc
}

func main() {
	var ms [6]runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms[0])
	churn(20000) // 60000 objects (+ the slice)
	runtime.ReadMemStats(&ms[1])
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms[2])
	churn(5000)
	runtime.ReadMemStats(&ms[3])
	runtime.GC() // still live: nothing of it is freed
	runtime.ReadMemStats(&ms[4])
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms[5])

	fmt.Println("Mallocs grew by >= 60000:", ms[1].Mallocs >= ms[0].Mallocs+60000)
	fmt.Println("Frees grew by >= 60000 after drop:", ms[2].Frees >= ms[1].Frees+60000)
	fmt.Println("Frees grew by < 60200 after drop:", ms[2].Frees < ms[1].Frees+60200)
	fmt.Println("live data not freed (Frees delta < 100):", ms[4].Frees < ms[3].Frees+100)
	fmt.Println("Frees grew by >= 15000 after second drop:", ms[5].Frees >= ms[4].Frees+15000)
	mono := true
	ok := true
	for i := range ms {
		if i > 0 && (ms[i].Mallocs < ms[i-1].Mallocs || ms[i].Frees < ms[i-1].Frees) {
			mono = false
		}
		if !identity(&ms[i]) {
			ok = false
		}
	}
	fmt.Println("Mallocs and Frees monotonic:", mono)
	fmt.Println("HeapObjects == Mallocs-Frees and Alloc == HeapAlloc:", ok)
	fmt.Println("Frees <= Mallocs:", ms[5].Frees <= ms[5].Mallocs)
}
