// Slice and struct literals: on the stack when they do not escape, one
// heap object each when they do.
package main

import (
	"fmt"
	"runtime"
)

type Pair struct {
	A, B *int
}

var sinkS []int
var sinkP *Pair
var total int

func localSum(i int) int {
	s := []int{i, i + 1, i + 2}
	p := &Pair{&s[0], &s[1]}
	return *p.A + *p.B + s[2]
}

func escSlice(i int) []int {
	return []int{i, i + 1, i + 2}
}

func escPair(a, b *int) *Pair {
	return &Pair{a, b}
}

var x, y int

const N = 1000

// measure calls f(0) .. f(N-1) and returns heap objects and bytes
// allocated per call (integer division hides the runtime's own noise).
func measure(f func(int)) (allocs, bytes uint64) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	for i := 0; i < N; i++ {
		f(i)
	}
	runtime.ReadMemStats(&after)
	return (after.Mallocs - before.Mallocs) / N, (after.TotalAlloc - before.TotalAlloc) / N
}

func main() {
	runtime.GOMAXPROCS(1)
	a, b := measure(func(i int) { total += localSum(i) })
	fmt.Println("local:", a, b)
	a, b = measure(func(i int) { sinkS = escSlice(i) })
	fmt.Println("escaping slice:", a, b)
	a, b = measure(func(i int) { sinkP = escPair(&x, &y) })
	fmt.Println("escaping struct:", a, b)
	fmt.Println(total, sinkS, sinkP.A == &x)
}
