package main

import "fmt"

func main() {
	f := func() int {
		return 1, 2
	}
	g := func() (int, error) {
		return 5
	}
	h := func() {
		return 3
	}
	fmt.Println(f(), g, h)
}
