// make([]T, n), n not constant: if it does not escape and fits in 32
// bytes it lives on the stack, otherwise it is one heap object rounded up
// to a size class; appending within the capacity allocates nothing more.
package main

import (
	"fmt"
	"runtime"
)

var total int
var sink []int
var four, five, hundred = 4, 5, 100

func local(n int) int {
	s := make([]int, n)
	s[n-1] = n
	return s[n-1]
}

func escape(n int) []int {
	return make([]int, n)
}

func prealloc(n int) []int {
	s := make([]int, 0, n)
	for i := range n {
		s = append(s, i)
	}
	return s
}

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
	a, b := measure(func(i int) { total += local(four) })
	fmt.Println("local 4 ints:", a, b)
	a, b = measure(func(i int) { total += local(five) })
	fmt.Println("local 5 ints:", a, b)
	a, b = measure(func(i int) { total += local(hundred) })
	fmt.Println("local 100 ints:", a, b)
	a, b = measure(func(i int) { sink = escape(3) })
	fmt.Println("escaping 3 ints:", a, b)
	a, b = measure(func(i int) { sink = prealloc(100) })
	fmt.Println("prealloc 100 and append:", a, b)
	fmt.Println(total, len(sink))
}
