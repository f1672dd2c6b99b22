// Memory the collector frees and hands out again reads as zero, for small
// objects (size-class slots), large objects (whole pages) and tiny ones.
package main

import (
	"fmt"
	"runtime"
)

type rec struct {
	a, b, c int
	p       *int
}

var keep [][]byte
var recs []*rec

func dirty() {
	for i := 0; i < 200; i++ {
		b := make([]byte, 100_000)
		for j := range b {
			b[j] = 0xff
		}
		keep = append(keep, b)
		s := make([]byte, 40)
		for j := range s {
			s[j] = 0xee
		}
		keep = append(keep, s)
	}
	for i := 0; i < 5000; i++ {
		x := i
		recs = append(recs, &rec{-1, -1, -1, &x})
	}
}

func main() {
	dirty()
	keep, recs = nil, nil
	runtime.GC()
	nonzero := 0
	for i := 0; i < 200; i++ {
		b := make([]byte, 100_000)
		s := make([]byte, 40)
		for _, v := range b {
			if v != 0 {
				nonzero++
			}
		}
		for _, v := range s {
			if v != 0 {
				nonzero++
			}
		}
		keep = append(keep, b, s)
	}
	for i := 0; i < 5000; i++ {
		r := &rec{}
		if r.a != 0 || r.b != 0 || r.c != 0 || r.p != nil {
			nonzero++
		}
		recs = append(recs, r)
	}
	fmt.Println("non-zero bytes in new objects:", nonzero)
}
