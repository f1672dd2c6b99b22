// PauseNs is a circular buffer of the last 256 pauses: its non-zero
// entries number min(NumGC, 256); the most recent is at (NumGC+255)%256.
// PauseTotalNs is the sum of all pauses; PauseEnd mirrors PauseNs.
package main

import (
	"fmt"
	"runtime"
)

func nonzero(a *[256]uint64) int {
	n := 0
	for _, v := range a {
		if v != 0 {
			n++
		}
	}
	return n
}

func sum(a *[256]uint64) uint64 {
	var s uint64
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var m runtime.MemStats
	var res []bool
	runtime.ReadMemStats(&m)
	res = append(res, nonzero(&m.PauseNs) == int(m.NumGC), nonzero(&m.PauseEnd) == int(m.NumGC))
	for _, k := range []int{1, 4, 20} {
		for i := 0; i < k; i++ {
			runtime.GC()
		}
		runtime.ReadMemStats(&m)
		res = append(res, nonzero(&m.PauseNs) == int(m.NumGC), nonzero(&m.PauseEnd) == int(m.NumGC))
		res = append(res, m.PauseTotalNs == sum(&m.PauseNs))
		res = append(res, m.PauseNs[(m.NumGC+255)%256] != 0, m.PauseNs[m.NumGC%256] == 0)
	}
	fmt.Println("before wrap:", res)

	// Past 256 collections the buffer is full and wraps around.
	before := m.NumGC
	for m.NumGC < 300 {
		runtime.GC()
		runtime.ReadMemStats(&m)
	}
	full := nonzero(&m.PauseNs) == 256 && nonzero(&m.PauseEnd) == 256
	last := (m.NumGC + 255) % 256
	// PauseEnd times increase along the ring, starting after the most recent.
	ordered := true
	for i := uint32(1); i < 256; i++ {
		a := m.PauseEnd[(last+i)%256]
		b := m.PauseEnd[(last+i+1)%256]
		if b < a {
			ordered = false
		}
	}
	fmt.Println("after wrap:", m.NumGC-before >= 250, full, ordered)
	fmt.Println("LastGC is most recent PauseEnd:", m.LastGC == m.PauseEnd[last])
	fmt.Println("PauseTotalNs covers the ring:", m.PauseTotalNs >= sum(&m.PauseNs))
}
