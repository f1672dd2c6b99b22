// A 50 MB live set (many 8 KB buffers and one 16 MB buffer) dropped and
// collected: HeapAlloc and HeapInuse fall back to well under 5 MB.
package main

import (
	"fmt"
	"runtime"
)

var bufs [][]byte
var huge []byte

func build() {
	for i := 0; i < 34*128; i++ { // 34 MB in 8 KB pieces
		b := make([]byte, 8192)
		b[i%8192] = 1
		bufs = append(bufs, b)
	}
	huge = make([]byte, 16<<20)
	huge[len(huge)-1] = 7
}

func checksum() int {
	check := int(huge[len(huge)-1])
	for _, b := range bufs {
		for _, c := range b {
			check += int(c)
		}
	}
	return check
}

func main() {
	var base, full, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&base)
	build()
	runtime.GC()
	runtime.ReadMemStats(&full)
	check := checksum()
	bufs, huge = nil, nil
	runtime.GC()
	runtime.ReadMemStats(&after)

	fmt.Println("checksum:", check)
	fmt.Println("HeapAlloc >= 50 MB while live:", full.HeapAlloc >= 50<<20)
	fmt.Println("HeapInuse >= 50 MB while live:", full.HeapInuse >= 50<<20)
	fmt.Println("HeapSys >= HeapInuse:", full.HeapSys >= full.HeapInuse, after.HeapSys >= after.HeapInuse)
	fmt.Println("HeapAlloc < 5 MB after drop:", after.HeapAlloc < 5<<20)
	fmt.Println("HeapAlloc dropped by >= 48 MB:", full.HeapAlloc >= after.HeapAlloc+48<<20)
	fmt.Println("HeapInuse < 5 MB after drop:", after.HeapInuse < 5<<20)
	fmt.Println("HeapObjects dropped by >= 4300:", full.HeapObjects >= after.HeapObjects+4300)
	fmt.Println("back near baseline:", after.HeapAlloc < base.HeapAlloc+1<<20)
}
