package main

import "fmt"

func main() {
	a := []int{1, 2}
	b := []int{1, 2}
	fmt.Println(a == b)
	fmt.Println(a != nil)
	fmt.Println(a < b)
}
