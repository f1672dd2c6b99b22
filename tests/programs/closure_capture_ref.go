package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := Point{1, 2}
	move := func(dx, dy int) {
		p.X += dx
		p.Y += dy
	}
	move(3, 4)
	fmt.Println(p)
	p = Point{0, 0}
	move(1, 1)
	fmt.Println(p)

	arr := [3]int{1, 2, 3}
	setArr := func(i, v int) { arr[i] = v }
	cp := arr
	setArr(0, 100)
	fmt.Println(arr, cp)

	// A closure capturing a parameter copy.
	mk := func(v Point) func() Point {
		return func() Point {
			v.X++
			return v
		}
	}
	q := Point{10, 10}
	f := mk(q)
	fmt.Println(f(), f(), q)

	// Two closures capture the same variable.
	val := "start"
	set := func(s string) { val = s }
	get := func() string { return val }
	set("changed")
	fmt.Println(get(), val)

	// Capturing inside nested closures.
	level := 0
	outer := func() func() int {
		level++
		return func() int {
			level += 10
			return level
		}
	}
	inner := outer()
	fmt.Println(level)
	fmt.Println(inner())
	fmt.Println(inner(), level)

	// Captured pointer vs captured variable.
	x := 1
	px := &x
	byPtr := func() int { return *px }
	byVar := func() int { return x }
	y := 50
	px = &y
	x = 2
	fmt.Println(byPtr(), byVar())

	// Shadowing inside closure does not affect outer.
	n := 5
	func() {
		n := 99
		n++
		_ = n
	}()
	fmt.Println(n)
	func(n int) {
		n *= 2
	}(n)
	fmt.Println(n)
	func() { n *= 3 }()
	fmt.Println(n)
}
