// string(b): a one-byte result needs no allocation; a non-escaping
// result up to 32 bytes uses a stack buffer; an escaping 8-byte result
// costs one 8-byte object.
package main

import (
	"fmt"
	"runtime"
)

var one = []byte("a")
var eight = []byte("abcdefgh")
var sink string
var total int

func local(b []byte) int {
	s := string(b)
	return len(s) + int(s[0])
}

func escape(b []byte) string {
	return string(b)
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
	a, b := measure(func(i int) { sink = escape(one) })
	fmt.Println("one byte escaping:", a, b)
	a, b = measure(func(i int) { sink = escape(eight) })
	fmt.Println("eight bytes escaping:", a, b)
	a, b = measure(func(i int) { total += local(eight) })
	fmt.Println("eight bytes local:", a, b)
	fmt.Println(total, sink)
}
