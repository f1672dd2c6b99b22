package main

import "fmt"

type Inner struct {
	F float64
	S string
}

type Rec struct {
	ID  int8
	Arr [3]int16
	In  Inner
	Tag string
}

func main() {
	a := Rec{1, [3]int16{1, 2, 3}, Inner{1.5, "a"}, "first"}
	b := Rec{2, [3]int16{-4, -5, -6}, Inner{-2.5, "bb"}, "second"}
	a, b = b, a
	fmt.Println(a)
	fmt.Println(b)

	x := [3][2]int{{1, 2}, {3, 4}, {5, 6}}
	y := [3][2]int{{7, 8}, {9, 10}, {11, 12}}
	x, y = y, x
	fmt.Println(x, y)
	x[0], x[2] = x[2], x[0]
	fmt.Println(x)
	x[1][0], x[1][1] = x[1][1], x[1][0]
	fmt.Println(x)

	// rotate three struct values
	arr := [3]Rec{a, b, {3, [3]int16{7, 8, 9}, Inner{0, "c"}, "third"}}
	arr[0], arr[1], arr[2] = arr[1], arr[2], arr[0]
	for _, r := range arr {
		fmt.Println(r.ID, r.Arr, r.In.S, r.Tag)
	}

	// swap through pointers that alias the same variable
	p, q := &a, &a
	*p, *q = *q, b
	fmt.Println(a.ID, a.Tag)
	a.Arr, b.Arr = b.Arr, a.Arr
	fmt.Println(a.Arr, b.Arr)
	a.In, a.Tag, a.In.S = Inner{9, "nine"}, a.In.S, "z"
	fmt.Println(a.In, a.Tag)

	// swap whole array with one of its elements' source
	m := [2][2]string{{"a", "b"}, {"c", "d"}}
	m[0], m[1], m[0][0] = m[1], m[0], m[1][1]
	fmt.Println(m)

	// swap an array element with a whole array
	var row [2]string
	row, m[1] = m[1], row
	fmt.Println(row, m)
}
