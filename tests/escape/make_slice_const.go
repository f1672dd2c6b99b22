// make with a constant size: on the stack when the slice stays local,
// on the heap when it is returned.
package main

import "fmt"

func squares() int {
	s := make([]int, 10)
	for i := range s {
		s[i] = i * i
	}
	return s[9]
}

func buffer() []byte {
	return make([]byte, 16, 32)
}

func main() {
	b := buffer()
	fmt.Println(squares(), len(b), cap(b))
}
