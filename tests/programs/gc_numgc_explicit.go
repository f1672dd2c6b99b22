// runtime.GC forces a collection each call: NumGC and NumForcedGC count
// exactly the explicit calls when nothing else allocates enough to trigger
// an automatic cycle.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	runtime.ReadMemStats(&m0)
	runtime.GC()
	runtime.ReadMemStats(&m1)
	runtime.GC()
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m2)
	for i := 0; i < 10; i++ {
		runtime.GC()
	}
	runtime.ReadMemStats(&m3)

	fmt.Println("NumGC +1 after one call:", m1.NumGC-m0.NumGC)
	fmt.Println("NumGC +3 after three calls:", m2.NumGC-m1.NumGC)
	fmt.Println("NumGC +10 after ten calls:", m3.NumGC-m2.NumGC)
	fmt.Println("NumForcedGC deltas:", m1.NumForcedGC-m0.NumForcedGC, m2.NumForcedGC-m1.NumForcedGC, m3.NumForcedGC-m2.NumForcedGC)
	fmt.Println("forced <= total:", m3.NumForcedGC <= m3.NumGC)
	fmt.Println("EnableGC:", m3.EnableGC, "DebugGC:", m3.DebugGC)
	fmt.Println("ReadMemStats alone does not collect:", func() bool {
		var a, b runtime.MemStats
		runtime.ReadMemStats(&a)
		runtime.ReadMemStats(&b)
		return a.NumGC == b.NumGC
	}())
}
