// Objects whose last reference was a local slice of a function that has
// returned are freed by the next collection: a popped frame is not a root.
// (A conservative stack scan that sees a stale slot of the popped frame
// would keep the whole batch alive until the slot is overwritten.)
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

func churn(n int) {
	s := make([]*pair, 0, n)
	for i := 0; i < n; i++ {
		x, y := new([2]int), new([2]int)
		x[0], y[1] = i, -i
		s = append(s, &pair{a: x, b: y, n: i})
	}
	sink = s
}

func main() {
	var ms [4]runtime.MemStats
	runtime.GC()
	churn(20000) // 60000 objects (+ the slice)
	runtime.ReadMemStats(&ms[0])
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms[1])
	churn(5000)
	runtime.ReadMemStats(&ms[2])
	sink = nil
	runtime.GC()
	runtime.ReadMemStats(&ms[3])
	fmt.Println("first batch freed by the next GC:", ms[1].Frees >= ms[0].Frees+60000)
	fmt.Println("second batch freed by the next GC:", ms[3].Frees >= ms[2].Frees+15000)
	fmt.Println("HeapObjects back down:", ms[3].HeapObjects+14000 <= ms[2].HeapObjects)
}
