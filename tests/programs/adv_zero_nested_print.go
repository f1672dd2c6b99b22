package main

import "fmt"

type Color uint8

type Leaf struct {
	On  bool
	R   rune
	B   byte
	F32 float32
	F64 float64
	S   string
	C   Color
}

type Mid struct {
	Leaf
	Arr   [2]Leaf
	Ptr   *Leaf
	Count uint16
}

type Top struct {
	Name string
	M    Mid
	Grid [2][3]int8
	Ms   [2]Mid
	Anon struct {
		U uintptr
		I int64
	}
}

var pkgTop Top

func main() {
	var t Top
	fmt.Println(t)
	fmt.Println(pkgTop == t)
	fmt.Println(t.M.Ptr, t.M.Leaf, t.M.S == "", t.M.On, t.M.Arr[1].F64)
	fmt.Println(&t.M.Leaf)
	fmt.Println(&Leaf{}, &Mid{})
	var pl *Leaf
	var pt *Top
	fmt.Println(pl, pt, pl == nil, pt == nil)
	m := new(Mid)
	m.R = 'x'
	m.Arr[1].S = "s"
	m.Count--
	fmt.Println(*m)
	fmt.Println(m)
	var arr [3]Leaf
	fmt.Println(arr)
	var e [2]struct{}
	fmt.Println(e, len(e))
	var zs [0]Leaf
	fmt.Println(zs)
	l := Leaf{F32: 0.1, F64: 1e21, S: "a b", C: 200, R: -1, B: 255}
	fmt.Println(l)
	fmt.Println(l.F32, l.F64, float64(l.F32))
	fmt.Print(l, "\n")
	fmt.Print(1, 2, "x", 3, "y", "z", 4.5, true, '\n')
	fmt.Print("\n")
	fmt.Print(l.C, l.B, "|", l.S, l.S, 7, "\n")
	fmt.Println(nil)
	println("builtin", 1, true, l.F32, l.S, l.C, pl == nil)
	print("no newline", 2, "\n")
	var u uintptr = 12345
	fmt.Println(u, Color(7), [2]Color{1, 2})
}
