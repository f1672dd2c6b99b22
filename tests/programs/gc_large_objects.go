// Large objects (beyond the 32 KB small-object limit) are counted and
// freed like small ones: HeapObjects, Mallocs, Frees and HeapAlloc move by
// the number and size of the large allocations.
package main

import (
	"fmt"
	"runtime"
)

var keep [][]int64

func build() {
	for i := 0; i < 200; i++ {
		s := make([]int64, 8192+i*64) // 64 KB .. ~164 KB
		s[len(s)-1] = int64(i)
		keep = append(keep, s)
	}
}

func checksum() int64 {
	sum := int64(0)
	for _, s := range keep {
		sum += s[len(s)-1]
	}
	return sum
}

func drop() {
	full := keep
	keep = keep[:50]
	for i := 50; i < 200; i++ {
		full[i] = nil // not reachable through the spare capacity either
	}
}

func intact() bool {
	for i, s := range keep {
		if s[len(s)-1] != int64(i) || len(s) != 8192+i*64 {
			return false
		}
	}
	return true
}

func main() {
	var m0, m1, m2, m3 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	build()
	runtime.ReadMemStats(&m1)
	runtime.GC()
	runtime.ReadMemStats(&m2)
	sum := checksum()
	drop()
	runtime.GC()
	runtime.ReadMemStats(&m3)

	const sz = 200*8192*8 + 8*64*(199*200/2)            // bytes requested
	const dropped = 150*8192*8 + 8*64*((50+199)*150/2) // bytes dropped
	fmt.Println("checksum:", sum)
	fmt.Println("Mallocs grew by >= 200:", m1.Mallocs >= m0.Mallocs+200)
	fmt.Println("TotalAlloc grew by >= requested:", m1.TotalAlloc >= m0.TotalAlloc+sz)
	fmt.Println("HeapAlloc grew by >= requested:", m2.HeapAlloc >= m0.HeapAlloc+sz)
	fmt.Println("live large objects survive GC (Frees delta < 50):", m2.Frees < m1.Frees+50)
	fmt.Println("150 freed:", m3.Frees >= m2.Frees+148, m2.HeapObjects >= m3.HeapObjects+148)
	fmt.Println("HeapAlloc dropped by >= 95% of the dropped bytes:", m2.HeapAlloc >= m3.HeapAlloc+dropped/100*95)
	fmt.Println("kept intact:", intact(), len(keep))
}
