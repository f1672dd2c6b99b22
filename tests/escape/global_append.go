// Storing a pointer in a slice that itself escapes (a package-level
// slice): the pointee moves to the heap.
package main

import "fmt"

var global []*int

func storeInSlice() {
	x := 5
	global = append(global, &x)
}

func storeValue(v int) {
	vals = append(vals, v)
}

var vals []int

func main() {
	storeInSlice()
	storeInSlice()
	storeValue(3)
	fmt.Println(len(global), *global[0], vals[0])
}
