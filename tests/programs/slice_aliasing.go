package main

import "fmt"

func main() {
	base := make([]int, 5, 8)
	for i := range base {
		base[i] = i + 1
	}
	x := base[1:3]
	fmt.Println("x", x, len(x), cap(x))
	x = append(x, 100)
	fmt.Println("base after append to x:", base)
	y := base[:2]
	y = append(y, 200, 300)
	fmt.Println("base", base, "x", x, "y", y)

	z := append(base, 6, 7, 8)
	z[0] = -1
	fmt.Println("base", base, "z", z, cap(z))
	z = append(z, 9)
	z[0] = -2
	fmt.Println("base", base, "z", z, len(z), cap(z))

	arr := [5]string{"a", "b", "c", "d", "e"}
	s := arr[1:4]
	s[0] = "B"
	fmt.Println(arr, s, len(s), cap(s))
	s = append(s, "X")
	fmt.Println(arr, s)
	s = append(s, "Y")
	s[1] = "C?"
	fmt.Println(arr, s, len(s), cap(s))

	m := []int{1, 2, 3, 4}
	n := m[2:]
	m[3] = 40
	n[0] = 30
	fmt.Println(m, n)

	f := func(p []int) {
		p[0] = 999
		p = append(p, 5)
		p[1] = 888
	}
	q := []int{1, 2}
	f(q)
	fmt.Println(q)
	r := make([]int, 2, 4)
	f(r)
	fmt.Println(r, r[:3])
}
