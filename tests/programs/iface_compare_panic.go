package main

import "fmt"

func same(a, b interface{}) bool {
	return a == b
}

func main() {
	fmt.Println(same(1, 1), same("a", "b"), same(nil, nil))
	fmt.Println(same([]int{1}, nil), same([]int{1}, "x"))
	fmt.Println(same(map[string]int{}, 3))
	type S struct{ A [2]int }
	fmt.Println(same(S{[2]int{1, 2}}, S{[2]int{1, 2}}))
	var f1 interface{} = func() {}
	fmt.Println(f1 == nil, same(f1, 1))
	type Pair struct {
		A interface{}
		B string
	}
	fmt.Println(same(Pair{1, "x"}, Pair{1, "x"}), same(Pair{1, "x"}, Pair{2, "x"}))
	x := []int{1, 2}
	fmt.Println("comparing two slices in interfaces")
	fmt.Println(same(x, x))
	fmt.Println("unreachable")
}
