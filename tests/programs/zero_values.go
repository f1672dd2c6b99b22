package main

import "fmt"

type S struct {
	B   bool
	I   int
	F   float64
	Str string
	P   *int
	A   [2]uint8
	N   struct{ X int16 }
}

var gs S
var gi int
var gp *S
var garr [3]string

func main() {
	var b bool
	var i int
	var i8 int8
	var u64 uint64
	var f32 float32
	var f64 float64
	var s string
	var r rune
	var by byte
	var up uintptr
	var p *int
	var pp **S
	fmt.Println(b, i, i8, u64, f32, f64, s == "", len(s), r, by, up)
	fmt.Println(p == nil, pp == nil, p, gp)
	var st S
	fmt.Println(st)
	fmt.Println(gs, gi, garr, len(garr[0]))
	fmt.Println(st == gs)
	var arr [2][2]float64
	fmt.Println(arr)
	ns := new(S)
	fmt.Println(ns, *ns == st)
	pa := new([3]bool)
	fmt.Println(pa, *pa)
	x := 5
	st.P = &x
	fmt.Println(st.P != nil, *st.P)
	var ps *S = &S{}
	fmt.Println(ps.N.X, ps.A[1], ps.Str == "")
}
