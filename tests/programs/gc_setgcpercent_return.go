// debug.SetGCPercent returns the previous setting; -1 disables automatic
// collection (runtime.GC still works), and re-enabling it collects again.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var sink []byte

func garbage(mb int) {
	for i := 0; i < mb*16; i++ {
		sink = make([]byte, 64*1024)
	}
	sink = nil
}

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(200))
	fmt.Println(debug.SetGCPercent(-1))
	fmt.Println(debug.SetGCPercent(-1))

	var a, b, c, d runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&a)
	garbage(64)
	runtime.ReadMemStats(&b)
	runtime.GC()
	runtime.ReadMemStats(&c)

	fmt.Println("no automatic GC while off:", b.NumGC == a.NumGC)
	fmt.Println("heap grew by >= 60 MB while off:", b.HeapAlloc >= a.HeapAlloc+60<<20)
	fmt.Println("explicit GC while off runs once:", c.NumGC-b.NumGC, c.NumForcedGC-b.NumForcedGC)
	fmt.Println("explicit GC while off frees:", c.HeapAlloc+60<<20 <= b.HeapAlloc)

	fmt.Println(debug.SetGCPercent(100))
	runtime.ReadMemStats(&c)
	garbage(64)
	runtime.ReadMemStats(&d)
	fmt.Println("automatic GC after re-enable:", d.NumGC > c.NumGC)
	fmt.Println("no forced GC among them:", d.NumForcedGC == c.NumForcedGC)
	fmt.Println(debug.SetGCPercent(100))
}
