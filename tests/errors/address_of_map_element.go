package main

import "fmt"

func get() int { return 1 }

func main() {
	m := map[string]int{"a": 1}
	p := &m["a"]
	q := &get()
	r := &"literal"
	fmt.Println(p, q, r)
}
