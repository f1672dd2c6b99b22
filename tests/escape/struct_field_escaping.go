// A pointer stored in a field of an object that escapes moves its target
// to the heap; stored in a local struct it does not.
package main

import "fmt"

type Holder struct {
	p *int
}

func escaping() *Holder {
	x := 1
	h := &Holder{}
	h.p = &x
	return h
}

func local() int {
	y := 2
	h := Holder{p: &y}
	*h.p += 1
	return y
}

func main() {
	h := escaping()
	fmt.Println(*h.p, local())
}
