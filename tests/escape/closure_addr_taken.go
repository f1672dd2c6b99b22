// A captured variable whose address is taken is captured by reference.
package main

import "fmt"

func sink(p *int) int {
	return *p + 1
}

func maker(v int) func() int {
	w := v * 2
	q := &w
	return func() int { return sink(q) + w }
}

func main() {
	f := maker(4)
	fmt.Println(f(), f())
}
