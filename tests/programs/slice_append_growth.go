package main

import "fmt"

func main() {
	var s []int
	last := -1
	for i := 0; i < 40; i++ {
		s = append(s, i)
		if cap(s) != last {
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	fmt.Println(s[:5], s[35:])

	t := make([]int, 0, 3)
	t = append(t, 1, 2, 3)
	fmt.Println(len(t), cap(t), t)
	t = append(t, 4)
	fmt.Println(len(t), cap(t), t)
	t = append(t, 5, 6, 7, 8, 9, 10, 11, 12, 13)
	fmt.Println(len(t), cap(t), t)

	u := make([]int, 5)
	u = append(u, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
	fmt.Println(len(u), cap(u), u)

	v := []int{1, 2, 3}
	fmt.Println(len(v), cap(v), v)
	v = append(v, 4)
	fmt.Println(len(v), cap(v), v)
	v = append(v, 5, 6, 7)
	fmt.Println(len(v), cap(v), v)
	v = append(v, 8)
	fmt.Println(len(v), cap(v), v)

	w := []int{}
	w = append(w)
	fmt.Println(len(w), cap(w), w == nil, w)
	w = append(w, 1)
	fmt.Println(len(w), cap(w), w)
}
