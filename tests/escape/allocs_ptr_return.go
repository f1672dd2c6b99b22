// Allocations per call: returning a pointer to a local costs one heap
// object per call, returning the value costs none.
package main

import (
	"fmt"
	"runtime"
)

type Point struct {
	X, Y int
}

var sinkP *Point
var sinkV Point

func newPtr(i int) *Point {
	p := Point{i, i + 1}
	return &p
}

func newVal(i int) Point {
	return Point{i, i + 1}
}

const N = 1000

func main() {
	runtime.GOMAXPROCS(1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		sinkP = newPtr(i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("pointer: allocs/op", (after.Mallocs-before.Mallocs)/N, "bytes/op", (after.TotalAlloc-before.TotalAlloc)/N)
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		sinkV = newVal(i)
	}
	runtime.ReadMemStats(&after)
	fmt.Println("value: allocs/op", (after.Mallocs-before.Mallocs)/N, "bytes/op", (after.TotalAlloc-before.TotalAlloc)/N)
	fmt.Println(sinkP.Y, sinkV.Y)
}
