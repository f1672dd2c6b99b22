// TotalAlloc and Mallocs only grow, collections or not, and grow by at
// least what the program allocated; HeapAlloc never exceeds TotalAlloc.
package main

import (
	"fmt"
	"runtime"
)

type blob struct {
	data [64]byte
	next *blob
}

var keep *blob

func main() {
	var prev, cur runtime.MemStats
	runtime.ReadMemStats(&prev)
	mono, bounded, grewEnough := true, true, true
	for round := 0; round < 20; round++ {
		var head *blob
		for i := 0; i < 1000; i++ {
			head = &blob{next: head}
			head.data[i%64] = byte(i)
		}
		if round%3 == 0 {
			keep = head
		}
		if round%2 == 0 {
			runtime.GC()
		}
		runtime.ReadMemStats(&cur)
		if cur.TotalAlloc < prev.TotalAlloc || cur.Mallocs < prev.Mallocs {
			mono = false
		}
		if cur.TotalAlloc-prev.TotalAlloc < 1000*72 || cur.Mallocs-prev.Mallocs < 1000 {
			grewEnough = false
		}
		if cur.HeapAlloc > cur.TotalAlloc {
			bounded = false
		}
		prev = cur
	}
	n := 0
	for b := keep; b != nil; b = b.next {
		n++
	}
	fmt.Println("TotalAlloc and Mallocs monotonic:", mono)
	fmt.Println("each round adds >= 72000 bytes and 1000 mallocs:", grewEnough)
	fmt.Println("HeapAlloc <= TotalAlloc:", bounded)
	fmt.Println("kept list length:", n)
}
