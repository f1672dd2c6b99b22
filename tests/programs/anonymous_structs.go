package main

import "fmt"

var config struct {
	Name  string
	Level int
	Inner struct {
		On  bool
		Val float64
	}
}

func main() {
	config.Name = "cfg"
	config.Level = 3
	config.Inner.On = true
	config.Inner.Val = 1.5
	fmt.Println(config)

	pt := struct{ X, Y int }{3, 4}
	fmt.Println(pt, pt.X*pt.X+pt.Y*pt.Y)

	var pairs [3]struct {
		K string
		V int
	}
	pairs[0].K, pairs[0].V = "a", 1
	pairs[1] = struct {
		K string
		V int
	}{"b", 2}
	pairs[2].K = "c"
	fmt.Println(pairs)

	p := &pt
	p.Y = 40
	fmt.Println(pt, *p)

	type named struct{ X, Y int }
	var n named = named(pt)
	fmt.Println(n, n == named{3, 40})

	a := struct {
		A int
		B [2]bool
	}{A: 1}
	b := a
	b.B[1] = true
	fmt.Println(a, b, a == b)

	empty := struct{}{}
	fmt.Println(empty, empty == struct{}{})

	ptr := &struct {
		Name string
		Next *int
	}{Name: "anon"}
	fmt.Println(ptr.Name, ptr.Next == nil)
	fmt.Println(ptr)
}
