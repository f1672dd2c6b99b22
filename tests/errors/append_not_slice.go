package main

import "fmt"

func main() {
	n := 5
	n = append(n, 1)
	var m map[string]int
	m = append(m, 2)
	fmt.Println(n, m)
}
