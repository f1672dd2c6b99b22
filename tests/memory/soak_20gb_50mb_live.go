// peak-rss-limit-mb: 200
//
// The collector keeps memory bounded: 20 GB allocated in total while a
// 50 MB live set is kept (and slowly replaced), in large buffers and in
// small pointerful nodes. The test harness checks the peak RSS stays under
// the limit above; the output checks the live data was never corrupted.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	buf  []byte
	id   int
}

const (
	total   = 20 << 30
	live    = 50 << 20
	block   = 64 << 10
	nblocks = live / block
)

var ring [nblocks][]byte
var nodes [1024]*node

func main() {
	allocated := 0
	bad := 0
	for i := 0; allocated < total; i++ {
		slot := i % nblocks
		if old := ring[slot]; old != nil && old[0] != byte(slot) {
			bad++
		}
		b := make([]byte, block)
		b[0] = byte(slot)
		ring[slot] = b
		allocated += block
		var prev *node
		for j := 0; j < 8; j++ {
			k := (i*8 + j) % len(nodes)
			if old := nodes[k]; old != nil && (old.id != k || old.next != nil && old.next.id != k-1) {
				bad++
			}
			prev = &node{next: prev, buf: b[:16], id: k}
			nodes[k] = prev
			allocated += 64
		}
	}
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	fmt.Println("allocated GB:", allocated>>30)
	fmt.Println("corrupted:", bad)
	fmt.Println("collected:", m.NumGC > 100)
	fmt.Println("heap under 150 MB:", m.HeapAlloc < 150<<20)
}
