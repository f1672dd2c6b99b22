// alloc_rate measures the raw cost of small heap allocations: tens of
// millions of 16-, 32- and 64-byte objects, pointer-free and with pointers,
// each kept for a short while in a small ring (so it escapes to the heap)
// and read back just before its slot is reused. The checksum depends on
// every object read back, so a collector that frees or overwrites a live
// object changes it.
package main

import "fmt"

const (
	rounds   = 16_000_000
	ringSize = 256 // a power of two
	mask     = ringSize - 1
)

// 16 bytes, no pointers.
type small struct {
	a, b int
}

// 32 bytes, one pointer.
type medium struct {
	s    *small
	a, b int
	c    int
}

// 64 bytes, two pointers.
type large struct {
	s    *small
	m    *medium
	vals [6]int
}

var (
	smalls  [ringSize]*small
	mediums [ringSize]*medium
	larges  [ringSize]*large
	bufs    [ringSize][]byte
)

func main() {
	checksum := 0
	bad := 0
	for i := 0; i < rounds; i++ {
		slot := i & mask

		// Read back what this slot held ringSize rounds ago.
		if old := larges[slot]; old != nil {
			want := i - ringSize
			if old.s.a != want || old.m.a != want || old.m.s != old.s || old.vals[5] != want*5 {
				bad++
			}
			checksum += old.vals[i%6] + old.m.c + old.s.b + len(bufs[slot]) + int(bufs[slot][0])
		}

		s := &small{a: i, b: i ^ 0x5555}
		m := &medium{s: s, a: i, b: i >> 2, c: i % 1000}
		l := &large{s: s, m: m}
		for k := range l.vals {
			l.vals[k] = i * k
		}
		b := make([]byte, 8+i%25) // 8..32 bytes, size classes 8 to 32
		b[0] = byte(i)

		smalls[slot] = s
		mediums[slot] = m
		larges[slot] = l
		bufs[slot] = b
	}

	for k := 0; k < ringSize; k++ {
		checksum += smalls[k].a + mediums[k].b + larges[k].vals[1]
	}
	fmt.Println("objects:", rounds*4)
	fmt.Println("checksum:", checksum)
	fmt.Println("bad:", bad)
}
