// Range loop variables are per iteration: taking the address of one and
// storing it in a slice declared outside the loop moves it to the heap.
package main

import "fmt"

func addrs(vals []int) []*int {
	var out []*int
	for _, v := range vals {
		out = append(out, &v)
	}
	return out
}

func sumViaPtr(vals []int) int {
	t := 0
	for _, v := range vals {
		p := &v
		t += *p
	}
	return t
}

func main() {
	ps := addrs([]int{1, 2, 3})
	fmt.Println(*ps[0], *ps[2], sumViaPtr([]int{4, 5}))
}
