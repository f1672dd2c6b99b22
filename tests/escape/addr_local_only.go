// Taking the address of a local is not enough to escape: the pointer is
// only passed to a function whose parameter does not escape.
package main

import "fmt"

type Counter struct {
	hits int
}

func bump(c *Counter, by int) {
	c.hits += by
}

func read(p *int) int {
	return *p * 2
}

func main() {
	var c Counter
	bump(&c, 2)
	bump(&c, 3)
	x := 21
	fmt.Println(c.hits, read(&x))
}
