package main

import "fmt"

func main() {
	m := map[string]int{"a": 1, "b": 2, "a": 3}
	s := []string{0: "x", 1: "y", 0: "z"}
	arr := [3]int{1: 1, 1: 2}
	type P struct{ X int }
	pm := map[P]bool{{1}: true, {1}: false}
	fmt.Println(m, s, arr, pm)
}
