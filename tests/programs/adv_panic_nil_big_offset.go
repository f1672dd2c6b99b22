package main

import "fmt"

type Big struct {
	Pad  [1 << 20]byte
	Last int
}

func get(b *Big) int {
	return b.Last
}

func main() {
	b := new(Big)
	b.Last = 5
	fmt.Println(get(b))
	var nb *Big
	fmt.Println("calling with nil")
	fmt.Println(get(nb))
	fmt.Println("unreachable")
}
