// 1 GB of small garbage objects allocated in a loop while 1 MB stays live:
// automatic collections run (none of them forced), the heap stays small and
// the live data is intact.
package main

import (
	"fmt"
	"runtime"
)

type cell struct {
	next *cell
	vals [14]int // 120 bytes: size class 128
}

var live []*cell
var sink *cell

func main() {
	for i := 0; i < 8192; i++ { // 8192 * 128 B = 1 MB
		c := &cell{}
		c.vals[i%14] = i
		if i > 0 {
			c.next = live[i-1]
		}
		live = append(live, c)
	}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	maxHeap := uint64(0)
	for i := 0; i < 1<<23; i++ { // 8M * 128 B = 1 GB
		c := &cell{}
		if i%8 != 0 {
			c.next = sink // short chains of garbage
		}
		c.vals[0] = i
		sink = c
		if i%(1<<19) == 0 {
			var m runtime.MemStats
			runtime.ReadMemStats(&m)
			if m.HeapAlloc > maxHeap {
				maxHeap = m.HeapAlloc
			}
		}
	}
	runtime.ReadMemStats(&after)
	sum := 0
	for i, c := range live {
		sum += c.vals[i%14]
		if i > 0 && c.next != live[i-1] {
			sum = -1 << 40
		}
	}
	fmt.Println("TotalAlloc grew by >= 1 GB:", after.TotalAlloc >= before.TotalAlloc+1<<30)
	fmt.Println("NumGC > 0:", after.NumGC > before.NumGC)
	fmt.Println("NumForcedGC unchanged:", after.NumForcedGC == before.NumForcedGC)
	fmt.Println("Frees grew by >= 7.5M:", after.Frees >= before.Frees+15<<19)
	fmt.Println("heap stayed under 64 MB:", maxHeap < 64<<20, after.HeapAlloc < 64<<20)
	fmt.Println("live checksum:", sum, len(live))
}
