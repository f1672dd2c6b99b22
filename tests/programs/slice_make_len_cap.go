package main

import "fmt"

func show(name string, s []int) {
	fmt.Println(name, len(s), cap(s), s)
}

func main() {
	a := make([]int, 3)
	show("a", a)
	b := make([]int, 2, 10)
	show("b", b)
	c := make([]int, 0)
	show("c", c)
	d := make([]int, 0, 5)
	show("d", d)

	b[0], b[1] = 7, 8
	show("b", b)
	e := b[:5]
	show("e", e)
	e[4] = 99
	show("b[:cap]", b[:cap(b)])

	n := 4
	f := make([]string, n)
	for i := range f {
		f[i] = fmt.Sprint("s", i)
	}
	fmt.Println(len(f), cap(f), f)

	g := make([]float64, n, n*3)
	fmt.Println(len(g), cap(g), g)

	h := make([][]int, 3)
	for i := range h {
		h[i] = make([]int, i+1)
		for j := range h[i] {
			h[i][j] = i * j
		}
	}
	fmt.Println(h, len(h[2]))

	var u8 = make([]uint8, 5, 8)
	fmt.Println(u8, len(u8), cap(u8))
	bs := make([]bool, 3)
	fmt.Println(bs)
	type pt struct{ x, y int }
	ps := make([]pt, 2)
	ps[1].y = 5
	fmt.Println(ps, len(ps))
}
