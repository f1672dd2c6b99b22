package main

import "fmt"

func main() {
	m := map[string]int{"a": 1}
	m["b"] = 2
	fmt.Println(len(m), m["a"])
}
