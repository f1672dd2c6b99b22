package main

import "fmt"

func main() {
	var n int = nil
	var s string = nil
	x := nil
	var f func() = nil
	fmt.Println(n, s, x, f == nil, nil == nil)
}
