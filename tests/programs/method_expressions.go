package main

import "fmt"

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec     { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k int) Vec   { return Vec{v.X * k, v.Y * k} }
func (v *Vec) Move(dx, dy int)  { v.X += dx; v.Y += dy }
func (v Vec) String() string    { return fmt.Sprintf("<%d,%d>", v.X, v.Y) }
func (v *Vec) Reset()           { *v = Vec{} }
func (v Vec) Dot(o Vec) (d int) { d = v.X*o.X + v.Y*o.Y; return }

type Celsius float64

func (c Celsius) F() float64 { return float64(c)*9/5 + 32 }

func main() {
	add := Vec.Add
	fmt.Println(add(Vec{1, 2}, Vec{3, 4}))
	scale := Vec.Scale
	fmt.Println(scale(Vec{2, 3}, 10))

	move := (*Vec).Move
	v := Vec{0, 0}
	move(&v, 5, 6)
	fmt.Println(v)

	// Value methods are also in the method set of *T.
	padd := (*Vec).Add
	fmt.Println(padd(&v, Vec{1, 1}))
	str := (*Vec).String
	fmt.Println(str(&v))

	fmt.Printf("%T\n", add)
	fmt.Printf("%T\n", move)
	fmt.Printf("%T\n", padd)

	ops := []func(Vec, Vec) Vec{Vec.Add, func(a, b Vec) Vec { return a.Scale(b.X) }}
	for _, op := range ops {
		fmt.Println(op(Vec{2, 2}, Vec{3, 3}))
	}
	dot := Vec.Dot
	fmt.Println(dot(Vec{1, 2}, Vec{3, 4}))

	reset := (*Vec).Reset
	reset(&v)
	fmt.Println(v)

	f := Celsius.F
	fmt.Println(f(100), f(-40), Celsius(37).F())

	vs := []Vec{{1, 0}, {0, 1}, {2, 2}}
	total := Vec{}
	for _, x := range vs {
		total = Vec.Add(total, x)
	}
	fmt.Println(total, Vec.String(total))

	type Mover interface{ Move(int, int) }
	im := Mover.Move
	im(&total, 10, 10)
	fmt.Println(total)
	fmt.Printf("%T\n", im)
	fs := fmt.Stringer.String
	fmt.Println(fs(total), fs(Vec{}))
}
