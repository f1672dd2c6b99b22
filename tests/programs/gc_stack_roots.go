// Pointers held only in local variables and parameters of frames deep in
// the call stack survive collections triggered at the bottom of recursion.
package main

import (
	"fmt"
	"runtime"
)

type frameData struct {
	depth int
	buf   []int
	label *string
}

var gcs int

func recurse(depth int, parent *frameData) int {
	label := fmt.Sprint("d", depth)
	local := &frameData{depth: depth, buf: make([]int, 64), label: &label}
	for i := range local.buf {
		local.buf[i] = depth*1000 + i
	}
	arr := [3]*int{new(int), new(int), new(int)}
	*arr[0], *arr[1], *arr[2] = depth, depth*2, depth*3
	var res int
	if depth == 0 {
		for i := 0; i < 3; i++ {
			junk := make([]*frameData, 0)
			for j := 0; j < 50000; j++ {
				junk = append(junk, &frameData{depth: -j})
			}
			runtime.GC()
			gcs++
		}
	} else {
		res = recurse(depth-1, local)
	}
	// after the deeper frames have returned, everything here must be intact
	if local.depth != depth || *local.label != fmt.Sprint("d", depth) || local.buf[63] != depth*1000+63 {
		return -1 << 40
	}
	if *arr[0]+*arr[1]+*arr[2] != 6*depth {
		return -1 << 40
	}
	if parent != nil && (parent.depth != depth+1 || parent.buf[0] != (depth+1)*1000) {
		return -1 << 40
	}
	return res + local.buf[63]
}

func main() {
	fmt.Println(recurse(500, nil), gcs)
}
