// After a collection NextGC is the heap goal: about live*(1+GOGC/100).
// With a 16 MB live set the goal dwarfs the 4 MB minimum, so the ratio
// NextGC/HeapAlloc follows the GC percent.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var live [][]byte

func ratio() float64 {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	return float64(m.NextGC) / float64(m.HeapAlloc)
}

func main() {
	var m runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m)
	small := m.NextGC > m.HeapAlloc

	for i := 0; i < 256; i++ {
		b := make([]byte, 64*1024)
		b[i] = byte(i)
		live = append(live, b)
	}
	r100 := ratio()
	debug.SetGCPercent(50)
	r50 := ratio()
	debug.SetGCPercent(200)
	r200 := ratio()
	debug.SetGCPercent(100)
	runtime.GC()
	runtime.ReadMemStats(&m)
	big := m.HeapAlloc >= 16<<20

	sum := 0
	for i, b := range live {
		sum += int(b[i])
	}
	fmt.Println("small heap: NextGC > HeapAlloc:", small)
	fmt.Println("live set >= 16 MB:", big, "checksum:", sum)
	fmt.Println("GOGC=100 ratio in [1.8, 2.2]:", r100 >= 1.8 && r100 <= 2.2)
	fmt.Println("GOGC=50 ratio in [1.35, 1.65]:", r50 >= 1.35 && r50 <= 1.65)
	fmt.Println("GOGC=200 ratio in [2.7, 3.3]:", r200 >= 2.7 && r200 <= 3.3)
	fmt.Println("ordered:", r50 < r100 && r100 < r200)
}
