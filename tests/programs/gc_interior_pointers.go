// The only reference into an object may point into its middle: a field
// address, an array element address, a subslice, a substring. The whole
// object must survive.
package main

import (
	"fmt"
	"runtime"
)

type big struct {
	head [100]int
	mid  int
	tail [100]int
}

type holder struct {
	fieldPtrs []*int
	elemPtrs  []*int
	subs      [][]int
	strs      []string
}

func fill(h *holder) {
	for i := 0; i < 500; i++ {
		b := &big{mid: i}
		b.tail[99] = -i
		h.fieldPtrs = append(h.fieldPtrs, &b.mid, &b.tail[99])
		arr := new([1000]int)
		for j := range arr {
			arr[j] = i + j
		}
		h.elemPtrs = append(h.elemPtrs, &arr[777])
		s := make([]int, 2000)
		for j := range s {
			s[j] = i * j
		}
		h.subs = append(h.subs, s[1500:1510])
		str := fmt.Sprintf("%0500d", i)
		h.strs = append(h.strs, str[490:])
	}
}

func main() {
	h := &holder{}
	fill(h)
	for r := 0; r < 4; r++ {
		junk := make([]*big, 0)
		for i := 0; i < 2000; i++ {
			junk = append(junk, &big{mid: -1})
		}
		runtime.GC()
	}
	ok := true
	for i := 0; i < 500; i++ {
		if *h.fieldPtrs[2*i] != i || *h.fieldPtrs[2*i+1] != -i {
			ok = false
		}
		if *h.elemPtrs[i] != i+777 {
			ok = false
		}
		s := h.subs[i]
		if len(s) != 10 || cap(s) != 500 || s[0] != i*1500 || s[9] != i*1509 {
			ok = false
		}
		// extend back into the hidden part of the backing array
		s = s[:cap(s)]
		if s[499] != i*1999 {
			ok = false
		}
		if h.strs[i] != fmt.Sprintf("%010d", i) {
			ok = false
		}
	}
	fmt.Println(ok, *h.fieldPtrs[998], *h.elemPtrs[499], h.subs[499][9], h.strs[499])
}
