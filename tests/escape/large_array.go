// A huge local array (8 MiB) is over gc's 128 KiB limit for explicit
// variables: it is moved to the heap without any pointer escaping.
package main

import "fmt"

func largeArray() int {
	x := [1 << 20]int{}
	x[1<<20-1] = 3
	fmt.Println(len(x))
	return x[1<<20-1]
}

func main() {
	fmt.Println(largeArray())
}
