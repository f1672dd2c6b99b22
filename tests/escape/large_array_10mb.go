// gc once kept explicit variables up to 10 MB on the stack; go1.27's
// limit is 128 KiB, so both a 2 MiB and an 11 MiB array are moved to the
// heap, while a 64 KiB one stays.
package main

import "fmt"

func sizes() int {
	var small [64 << 10]byte
	var medium [2 << 20]byte
	var huge [11 << 20]byte
	small[1] = 1
	medium[2] = 2
	huge[3] = 3
	return int(small[1]) + int(medium[2]) + int(huge[3])
}

func main() {
	fmt.Println(sizes())
}
