package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.Repeat("a", "3"))
	fmt.Println(strings.Contains("abc", 'b'))
	fmt.Println(strings.Split("a,b"))
	fmt.Println(strings.Join([]int{1, 2}, ","))
	var n int = strings.Index("abc", "b")
	var s string = strings.ToUpper("x")
	fmt.Println(n, s, strings.Fields("a b", " "))
}
