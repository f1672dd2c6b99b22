// The 64 KiB implicit limit of make counts bytes, not elements: a
// constant make of large structs goes to the heap with few elements.
package main

import "fmt"

type Rec struct {
	data [1024]int
}

func small() int {
	r := make([]Rec, 8)
	r[7].data[0] = 1
	return len(r)
}

func big() int {
	r := make([]Rec, 9)
	r[8].data[0] = 1
	return len(r)
}

func main() {
	fmt.Println(small(), big())
}
