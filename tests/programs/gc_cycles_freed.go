// Unreachable cycles (rings, doubly linked lists, self references) are
// collected; a reachable one survives intact. The rings are reachable only
// from globals, built and walked in helper functions.
package main

import (
	"fmt"
	"runtime"
)

type ring struct {
	prev, next *ring
	self       *ring
	id         int
}

func makeRing(n, base int) *ring {
	first := &ring{id: base}
	first.self = first
	cur := first
	for i := 1; i < n; i++ {
		r := &ring{id: base + i, prev: cur}
		r.self = r
		cur.next = r
		cur = r
	}
	cur.next = first
	first.prev = cur
	return first
}

var rings []*ring
var keep *ring

func build() {
	rings = make([]*ring, 0, 100)
	for k := 0; k < 100; k++ {
		rings = append(rings, makeRing(1000, k*1000))
	}
	keep = rings[42]
}

func walk() (n, back, sum int, ok bool) {
	ok = true
	r := keep
	for {
		if r.self != r || r.next.prev != r || r.prev.next != r {
			ok = false
		}
		n++
		sum += r.id
		r = r.next
		if r == keep {
			break
		}
	}
	for r = keep.prev; r != keep; r = r.prev {
		back++
	}
	return
}

func main() {
	var m0, m1, m2 runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&m0)
	build()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	rings = nil
	runtime.GC()
	runtime.ReadMemStats(&m2)

	fmt.Println(walk())
	fmt.Println("100000 ring nodes were live:", m1.HeapObjects >= m0.HeapObjects+100000)
	fmt.Println("99 dropped rings freed (>= 98000 objects):", m1.HeapObjects >= m2.HeapObjects+98000)
	fmt.Println("kept ring not freed:", m2.HeapObjects >= m0.HeapObjects+1000)
}
