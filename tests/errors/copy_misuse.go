package main

import "fmt"

func main() {
	dst := make([]int, 3)
	src := []string{"a"}
	n := copy(dst, src)
	copy(dst, 5)
	copy("abc", dst)
	copy(dst)
	fmt.Println(n)
}
