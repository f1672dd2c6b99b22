package main

import "fmt"

type Meters int
type Feet int
type Names []string
type Lookup map[string]int
type Handler func(string) string
type Point struct{ X, Y int }
type Vec Point
type Pair [2]int

func (n Names) First() string { return n[0] }
func (p Point) Sum() int      { return p.X + p.Y }

func main() {
	m := Meters(10)
	f := Feet(m * 3)
	fmt.Println(m, f, int(m)+int(f))
	var raw []string = []string{"b", "a"}
	ns := Names(raw)
	ns[0] = "z"
	fmt.Println(ns.First(), raw, len(ns))
	var back []string = ns
	fmt.Println(back)

	lk := Lookup{"a": 1}
	var plain map[string]int = lk
	plain["b"] = 2
	fmt.Println(lk, len(lk))

	h := Handler(func(s string) string { return "<" + s + ">" })
	var fn func(string) string = h
	fmt.Println(h("x"), fn("y"))

	p := Point{1, 2}
	v := Vec(p)
	v.X = 10
	fmt.Println(p, v, Point(v).Sum())
	fmt.Printf("%T %T %+v\n", p, v, v)

	anon := struct{ X, Y int }{3, 4}
	p = anon
	fmt.Println(p.Sum(), Point(anon))

	pr := Pair{5, 6}
	arr := [2]int(pr)
	arr[0] = 0
	fmt.Println(pr, arr, Pair(arr))

	type Grams float64
	g := Grams(2.5)
	fmt.Println(g*2, float64(g)/2, int(g))
	type Level uint8
	lv := Level(255)
	lv++
	fmt.Println(lv)
	type Str string
	s := Str("hi")
	fmt.Println(s+"!", len(s), string(s) == "hi", []byte(s))
}
