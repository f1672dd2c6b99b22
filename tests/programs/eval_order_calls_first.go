package main

import "fmt"

// gc evaluates the calls of a statement first, then the other operands:
// variables a call changes are read with their new values.

var g = 1

func f() int {
	g = 10
	return 1
}

func h(a, b int) int { return a*100 + b }

type P struct{ a, b int }

func main() {
	fmt.Println(g, f())
	g = 1
	fmt.Println(h(g, f()))
	g = 1
	s := []int{g, f()}
	fmt.Println(s)
	g = 1
	p := P{g, f()}
	fmt.Println(p)
	g = 1
	if g+f() == 11 {
		fmt.Println("late")
	} else {
		fmt.Println("early")
	}
	g = 1
	var x = g + f()
	fmt.Println(x)
	g = 1
	fmt.Println(g == f())

	y := 1
	y += func() int { y = 10; return 1 }()
	fmt.Println(y)
	a := []int{1}
	a[0] += func() int { a[0] = 10; return 1 }()
	fmt.Println(a)

	arr := [3]int{}
	j := 0
	arr[j] = func() int { j = 2; return 7 }()
	fmt.Println(arr)
	sl := []int{0, 0, 0}
	i := 0
	sl[i] = func() int { i = 2; return 5 }()
	fmt.Println(sl)
	q := 0
	q, sl[q] = 1, 9
	fmt.Println(q, sl)

	// Maps: the map and a string or integer key are read after the call;
	// keys gc passes by address are copied first.
	k := "first"
	m := map[string]string{}
	m2 := map[string]string{}
	orig := m
	m[k] = func() string { k = "second"; m = m2; return k }()
	fmt.Println(orig, m2)
	m3 := map[string]int{}
	k3 := "a"
	m3[k3] += func() int { k3 = "b"; return 1 }()
	fmt.Println(m3)
	pk := P{1, 2}
	pm := map[P]int{}
	pm[pk] = func() int { pk.a = 9; return 1 }()
	fmt.Println(pm, pk)
	var ik any = 1
	im := map[any]int{}
	im[ik] = func() int { ik = 2; return 1 }()
	fmt.Println(im, ik)
	k5 := "a"
	m5 := map[string]int{}
	m5[k5+"!"] = func() int { k5 = "b"; return 1 }()
	fmt.Println(m5)
	c := 0
	mc := map[int]int{0: 6}
	mc[c] += func() int { c = 9; return 1 }()
	fmt.Println(mc)
}
