// Per-iteration loop variables (Go 1.22+): each closure captures its
// own copy of i, declared inside the loop.
package main

import "fmt"

func makeAll() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	return fs
}

func makeMut() []func() int {
	var fs []func() int
	for i := range 3 {
		j := i
		fs = append(fs, func() int { j++; return j })
	}
	return fs
}

func main() {
	for _, f := range makeAll() {
		fmt.Print(f(), " ")
	}
	for _, f := range makeMut() {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
