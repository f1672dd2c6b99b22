package main

import "fmt"

func main() {
	s := "text"
	arr := [3]int{}
	clear(s)
	clear(arr)
	clear(5)
	fmt.Println(s, arr)
}
