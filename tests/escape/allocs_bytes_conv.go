// []byte(s): up to 32 bytes that do not escape live in a stack buffer; a
// conversion whose bytes are never written is zero-copy; escaping
// conversions allocate.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

var short = "hello"
var long = strings.Repeat("x", 100)
var sink []byte
var total int

func mutate(s string) int {
	b := []byte(s)
	b[0] = 'y'
	return int(b[0]) + len(b)
}

func readOnly(s string) int {
	n := 0
	for _, c := range []byte(s) {
		n += int(c)
	}
	return n
}

func escape(s string) []byte {
	return []byte(s)
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
	a, b := measure(func(i int) { total += mutate(short) })
	fmt.Println("mutate short:", a, b)
	a, b = measure(func(i int) { total += mutate(long) })
	fmt.Println("mutate long:", a, b)
	a, b = measure(func(i int) { total += readOnly(long) })
	fmt.Println("read-only long:", a, b)
	a, b = measure(func(i int) { sink = escape(short) })
	fmt.Println("escaping short:", a, b)
	fmt.Println(total, string(sink))
}
