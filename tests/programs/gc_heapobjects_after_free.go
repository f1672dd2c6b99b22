// Dropping the only references to many small objects and collecting makes
// HeapObjects and HeapAlloc fall by about the amount that was dropped.
// The objects are reachable only from a global, built and read in helper
// functions, so no local of main refers to them.
package main

import (
	"fmt"
	"runtime"
)

type node struct {
	id   int
	val  int
	next *node
}

const N = 100000

var live []*node

func build() {
	live = make([]*node, N)
	for i := range live {
		live[i] = &node{id: i, val: i * 3}
	}
}

func sum() int {
	s := 0
	for _, n := range live {
		s += n.val
	}
	return s
}

func main() {
	var base, full, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&base)
	build()
	runtime.GC()
	runtime.ReadMemStats(&full)
	s := sum()
	live = nil
	runtime.GC()
	runtime.ReadMemStats(&after)

	fmt.Println("sum:", s)
	fmt.Println("HeapObjects grew by at least N-100:", full.HeapObjects+100 >= base.HeapObjects+N)
	fmt.Println("HeapObjects grew by at most N+100:", full.HeapObjects <= base.HeapObjects+N+100)
	fmt.Println("HeapObjects dropped by at least N-100:", full.HeapObjects+100 >= after.HeapObjects+N)
	fmt.Println("HeapObjects back near baseline:", after.HeapObjects <= base.HeapObjects+100)
	fmt.Println("HeapAlloc grew by at least 2.4 MB:", full.HeapAlloc >= base.HeapAlloc+N*24)
	fmt.Println("HeapAlloc dropped by at least 2.4 MB:", full.HeapAlloc >= after.HeapAlloc+N*24)
	fmt.Println("HeapAlloc back near baseline:", after.HeapAlloc <= base.HeapAlloc+64*1024)
}
