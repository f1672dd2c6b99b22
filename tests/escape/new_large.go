// new and &T{} are implicit allocations limited to 64 KiB on the stack:
// over the limit they are heap-allocated even though they do not escape.
package main

import "fmt"

type Big struct {
	data [70000]byte
}

type Fits struct {
	data [65536]byte
}

func sizes() int {
	a := new([70000]byte)
	b := new([65536]byte)
	c := &Big{}
	d := &Fits{}
	a[0], b[0], c.data[0], d.data[0] = 1, 2, 3, 4
	return int(a[0] + b[0] + c.data[0] + d.data[0])
}

func main() {
	fmt.Println(sizes())
}
