package main

import "fmt"

type Hooks struct {
	Before func(string)
	After  func(string) int
}

func run(h Hooks, name string) {
	if h.Before != nil {
		h.Before(name)
	}
	fmt.Println("running", name)
	n := h.After(name)
	fmt.Println("after returned", n)
}

func main() {
	count := 0
	h := Hooks{
		Before: func(s string) { fmt.Println("before", s); count++ },
		After:  func(s string) int { count++; return len(s) },
	}
	run(h, "first")
	fmt.Println("count", count)
	h.Before = nil
	run(h, "second")
	fmt.Println("count", count)
	h.After = nil
	run(h, "third")
	fmt.Println("unreachable")
}
