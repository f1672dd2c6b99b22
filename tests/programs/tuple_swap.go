package main

import "fmt"

type P struct{ A, B int }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x, y, z := "x", "y", "z"
	x, y, z = z, x, y
	fmt.Println(x, y, z)
	arr := [5]int{10, 20, 30, 40, 50}
	i := 1
	i, arr[i] = 3, 99
	fmt.Println(i, arr)
	arr[0], arr[4] = arr[4], arr[0]
	fmt.Println(arr)
	// reverse in place
	for l, r := 0, len(arr)-1; l < r; l, r = l+1, r-1 {
		arr[l], arr[r] = arr[r], arr[l]
	}
	fmt.Println(arr)
	p := P{1, 2}
	p.A, p.B = p.B, p.A
	fmt.Println(p)
	pp := &p
	pp.A, pp.B = pp.A+pp.B, pp.A-pp.B
	fmt.Println(p)
	f1, f2 := 0, 1
	for k := 0; k < 10; k++ {
		f1, f2 = f2, f1+f2
	}
	fmt.Println(f1, f2)
	m, n := 3, 4
	m, n = m*n, m+n
	fmt.Println(m, n)
	var s1, s2 P = P{1, 1}, P{2, 2}
	s1, s2 = s2, s1
	fmt.Println(s1, s2)
	q := &a
	*q, b = b, *q
	fmt.Println(a, b)
	u, v, w := 1, 2, 3
	u, v, w = w, u, v
	u, v, w = w, u, v
	fmt.Println(u, v, w)
}
