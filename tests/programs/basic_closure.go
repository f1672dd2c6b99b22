package main

import "fmt"

func main() {
	n := 0
	inc := func() int {
		n++
		return n
	}
	inc()
	fmt.Println(inc(), n)
}
