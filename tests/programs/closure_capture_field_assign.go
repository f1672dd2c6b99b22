package main

import "fmt"

type P struct{ a, b int }

func main() {
	// Assigning to a field or an array element of a captured variable
	// changes the variable itself: it is captured by reference.
	pk := P{1, 2}
	func() { pk.a = 9 }()
	fmt.Println(pk)
	arr := [2]int{}
	func() { arr[1]++ }()
	fmt.Println(arr)
	nested := [2]P{}
	inc := func() { nested[1].b += 5 }
	inc()
	inc()
	fmt.Println(nested)
	m := map[string]int{}
	func() { m = map[string]int{"x": 1} }()
	fmt.Println(m)
	// A slice element is not part of the variable: the slice may be captured by value.
	s := []int{1, 2}
	func() { s[0] = 7 }()
	fmt.Println(s)
}
