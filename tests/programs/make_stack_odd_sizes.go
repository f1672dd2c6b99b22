// Non-escaping make of sizes that are not a multiple of 8: the stack
// buffer is zeroed in pieces smaller than a word.
package main

import "fmt"

func sum(b []byte) int {
	t := 0
	for _, v := range b {
		t += int(v)
	}
	return t
}

func main() {
	total := 0
	for i := 0; i < 3; i++ {
		a := make([]byte, 100)
		b := make([]byte, 7)
		c := make([]int16, 3)
		d := make([]byte, 33)
		a[99], b[6], c[2], d[32] = 1, 2, 3, 4
		total += sum(a) + sum(b) + int(c[2]) + sum(d)
	}
	fmt.Println(total)
}
