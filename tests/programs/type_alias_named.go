package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type ID int32
type Name string
type Grid [2][2]int
type A = int
type Point struct{ X, Y int }
type PointAlias = Point
type NamedPoint Point
type Temps [3]Celsius

func ctof(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func addA(a A, b int) int {
	return a + b
}

func main() {
	var c Celsius = 100
	fmt.Println(ctof(c), ctof(-40), ctof(37))
	var id ID = 2147483647
	id++
	fmt.Println(id)
	var n Name = "gopher"
	fmt.Println(n, len(n), n+"!", n < "z")
	var g Grid
	g[1][0] = 5
	fmt.Println(g)
	var x A = 5
	var y int = x
	fmt.Println(addA(x, y), addA(y, x))
	p := PointAlias{1, 2}
	var q Point = p
	fmt.Println(p, q, p == q)
	np := NamedPoint(q)
	np.X = 10
	fmt.Println(np, q, Point(np))
	t := Temps{1.5, -3, 20}
	t[1] += 0.25
	fmt.Println(t)
	var sum Celsius
	for i := 0; i < len(t); i++ {
		sum += t[i]
	}
	fmt.Println(sum, float64(sum)/3)
	type Local uint8
	var l Local = 250
	l += 10
	fmt.Println(l)
	type LocalAlias = string
	var la LocalAlias = "alias"
	var s string = la
	fmt.Println(s)
	var b byte = 'x'
	var u uint8 = b
	var r rune = 'y'
	var i32 int32 = r
	fmt.Println(b, u, r, i32)
}
