package main

import "fmt"

type Pad struct {
	A int8
	B int64
	C int16
	D float32
	E bool
}

type Mixed struct {
	Name string
	F    float64
	Arr  [2]string
	P    *int
}

type Base struct {
	ID   int32
	Tag  string
	Vals [3]float32
}

type Derived struct {
	Base
	Extra uint8
	Inner struct {
		X, Y int8
	}
}

var global = Pad{1, 2, 3, 4.5, true}

func dirty() int64 {
	var junk [16]int64
	for i := range junk {
		junk[i] = -1
	}
	s := int64(0)
	for _, v := range junk {
		s += v
	}
	return s
}

func fresh(a int8, b int64) Pad {
	p := Pad{A: a, B: b, C: 3, D: 4.5, E: true}
	return p
}

func freshArr() [2]Pad {
	return [2]Pad{{1, 2, 3, 4.5, true}, {A: 1, B: 2, C: 3, D: 4.5, E: true}}
}

func main() {
	dirty()
	p := fresh(1, 2)
	fmt.Println(p == global, p != global)
	dirty()
	arr := freshArr()
	fmt.Println(arr[0] == global, arr[1] == arr[0], arr == [2]Pad{global, global})

	zero := 0.0
	nz := -zero
	nan := zero / zero
	x := 5
	m1 := Mixed{"ab", zero, [2]string{"x", "y"}, &x}
	m2 := Mixed{"a" + "b", nz, [2]string{"x", string('y')}, &x}
	fmt.Println(m1 == m2)
	m2.F = nan
	fmt.Println(m1 == m2, m2 == m2)
	m2.F = 0
	y := 5
	m2.P = &y
	fmt.Println(m1 == m2)
	m2.P = &x
	m2.Arr[1] = "y\x00"
	fmt.Println(m1 == m2)
	m2.Arr[1] = "y"
	m2.Name = string(rune(97)) + "b"
	fmt.Println(m1 == m2)

	var d1, d2 Derived
	fmt.Println(d1 == d2)
	d1.ID = 7
	fmt.Println(d1 == d2, d1.Base == d2.Base)
	d2.Base = d1.Base
	fmt.Println(d1 == d2)
	d1.Vals[2] = float32(nz)
	fmt.Println(d1 == d2)
	d1.Inner.Y = -1
	fmt.Println(d1 == d2, d1.Inner == d2.Inner, d1.Base == d2.Base)
	d2.Inner.Y = int8(x - 6)
	fmt.Println(d1 == d2)
	d1.Tag = "t"
	fmt.Println(d1 == d2, d1 != d2)

	// arrays of arrays of strings
	g1 := [2][2]string{{"a", "b"}, {"c", ""}}
	g2 := g1
	g2[1][1] = ""
	fmt.Println(g1 == g2)
	g2[1][1] = "\x00"
	fmt.Println(g1 == g2, g1 != g2)

	// anonymous struct comparison
	a1 := struct {
		A int
		B string
	}{1, "x"}
	a2 := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(a1 == a2)

	// pointers to structs compare by address
	q1 := &Pad{}
	q2 := &Pad{}
	q3 := q1
	fmt.Println(q1 == q2, q1 == q3, *q1 == *q2)

	// empty struct and zero-length array
	var e1, e2 struct{}
	var z1, z2 [0]int
	fmt.Println(e1 == e2, z1 == z2)
}
