package main

import "fmt"

func main() {
	ints := []int{1}
	more := []int64{2, 3}
	ints = append(ints, more...)
	ints = append(ints, "abc"...)
	fmt.Println(ints)
}
