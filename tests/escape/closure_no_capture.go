// A closure without captured variables is analysed as a separate
// function before its parent, so its lines come first.
package main

import "fmt"

func parent(v int) *int {
	sq := func(x int) int { return x * x }
	p := new(int)
	*p = sq(v)
	return p
}

func main() {
	fmt.Println(*parent(7))
}
