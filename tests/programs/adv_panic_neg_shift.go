package main

import "fmt"

func shift(x int32, s int8) int32 {
	return x << s
}

func main() {
	fmt.Println(shift(1, 3), shift(-1, 40), shift(5, 127))
	s := int8(100)
	s += 100
	fmt.Println("count is", s)
	fmt.Println(shift(1, s))
	fmt.Println("unreachable")
}
