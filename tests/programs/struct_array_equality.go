package main

import "fmt"

type P struct {
	X, Y int
	Tag  string
}

type Q struct {
	P   P
	Arr [3]int8
	F   float64
	B   bool
}

func main() {
	a := P{1, 2, "a"}
	b := P{1, 2, "a"}
	c := P{1, 2, "b"}
	fmt.Println(a == b, a == c, a != c, b != a)

	q1 := Q{P: a, Arr: [3]int8{1, 2, 3}, F: 0.5, B: true}
	q2 := q1
	fmt.Println(q1 == q2)
	q2.Arr[2] = 4
	fmt.Println(q1 == q2)
	q2.Arr[2] = 3
	fmt.Println(q1 == q2)
	q2.P.Tag = "z"
	fmt.Println(q1 == q2, q1.P == a)

	x := [4]string{"a", "b", "c", "d"}
	y := [4]string{"a", "b", "c", "d"}
	fmt.Println(x == y)
	y[3] = "d" + ""
	fmt.Println(x == y)
	y[3] = "e"
	fmt.Println(x == y, x != y)

	var z1, z2 Q
	fmt.Println(z1 == z2, z1 == Q{})

	m1 := [2][2]P{{a, b}, {c, a}}
	m2 := m1
	fmt.Println(m1 == m2)
	m2[1][0].X = 9
	fmt.Println(m1 == m2)

	// floats: -0 == +0
	zero := 0.0
	negz := -zero
	f1 := Q{F: zero}
	f2 := Q{F: negz}
	fmt.Println(f1 == f2)

	p1 := &a
	p2 := &b
	p3 := &a
	fmt.Println(p1 == p2, p1 == p3, *p1 == *p2)
}
