package main

import "os"

func f() int {
	var s string = 1
	return s
}

func main() {
	unused := 2
	println(f() + "x")
}
