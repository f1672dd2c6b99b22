package main

import "fmt"

var n int

func next() int {
	n += 3
	fmt.Println("next called, returning", n)
	return n
}

func main() {
	var a [5]int
	a[next()] += 10
	fmt.Println(a)
	a[next()] += 10
	fmt.Println("unreachable", a)
}
