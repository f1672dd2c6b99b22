// Inlined functions that take the address of their parameters (and of their
// locals) and modify through the pointer: each call must work on its own
// copy, and the caller's arguments must be unchanged.
package main

import "fmt"

func incr(x int) int {
	p := &x
	*p++
	return x
}

func twiceVia(x int) int {
	p := &x
	q := &p
	**q *= 2
	*p += 1
	return x
}

type Pt struct{ X, Y int }

func moved(p Pt) Pt {
	q := &p
	q.X += 10
	q.Y++
	return p
}

func keepAddr(x int) *int {
	p := &x
	*p += 100
	return p
}

func swapVia(a, b int) (int, int) {
	pa, pb := &a, &b
	*pa, *pb = *pb, *pa
	return a, b
}

func arr(a [3]int) [3]int {
	p := &a
	p[1] = 99
	return a
}

func main() {
	v := 5
	fmt.Println(incr(v), incr(v), v)
	fmt.Println(twiceVia(v), v)
	pt := Pt{1, 2}
	fmt.Println(moved(pt), pt)
	// Escaping address: each call gets a distinct variable.
	p1 := keepAddr(1)
	p2 := keepAddr(2)
	*p1 += 5
	fmt.Println(*p1, *p2, p1 != p2)
	ps := make([]*int, 3)
	for i := range ps {
		ps[i] = keepAddr(i)
	}
	*ps[0] = -1
	fmt.Println(*ps[0], *ps[1], *ps[2])
	a, b := swapVia(3, 4)
	fmt.Println(a, b)
	x := [3]int{1, 2, 3}
	fmt.Println(arr(x), x)
	sum := 0
	for i := 0; i < 10; i++ {
		sum += incr(i) + twiceVia(i)
	}
	fmt.Println("sum", sum)
}
