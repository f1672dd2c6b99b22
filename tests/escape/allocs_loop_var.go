// A loop variable whose address is kept beyond its iteration is moved to
// the heap: one allocation per iteration, while a variable whose address
// stays inside the iteration costs nothing.
package main

import (
	"fmt"
	"runtime"
)

const N = 1000

var last *int

func kept(n int) {
	for i := 0; i < n; i++ {
		v := i * 3
		last = &v
	}
}

func scoped(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		v := i * 3
		p := &v
		t += *p
	}
	return t
}

func main() {
	runtime.GOMAXPROCS(1)
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	kept(N)
	runtime.ReadMemStats(&after)
	fmt.Println("kept: allocs/iteration", (after.Mallocs-before.Mallocs)/N)
	runtime.ReadMemStats(&before)
	t := scoped(N)
	runtime.ReadMemStats(&after)
	fmt.Println("scoped: allocs/iteration", (after.Mallocs-before.Mallocs)/N)
	fmt.Println(*last, t)
}
