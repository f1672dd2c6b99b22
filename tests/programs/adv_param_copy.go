package main

import "fmt"

type Pt struct {
	X, Y int
}

type Box struct {
	Name  string
	Pts   [3]Pt
	Inner struct {
		Flag bool
		Vals [2]float32
	}
}

func mutate(b Box) Box {
	b.Name += "!"
	b.Pts[1].X = 99
	b.Inner.Flag = !b.Inner.Flag
	b.Inner.Vals[0] = -1
	return b
}

func mutateArr(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func viaPtr(b *Box) {
	c := *b
	c.Pts[0].Y = 1234
	b.Pts[2].X = 7
	fmt.Println("copy:", c.Pts, "orig:", b.Pts)
}

func twoSame(a, b [2]int) [2]int {
	a[0] = 100
	return [2]int{a[0] + b[0], a[1] + b[1]}
}

func retTwice() (Pt, Pt) {
	p := Pt{1, 2}
	q := p
	q.X = 50
	return p, q
}

func main() {
	var b Box
	b.Name = "box"
	b.Pts = [3]Pt{{1, 2}, {3, 4}, {5, 6}}
	b.Inner.Vals = [2]float32{0.5, 0.25}
	c := mutate(b)
	fmt.Println(b)
	fmt.Println(c)
	c2 := mutate(mutate(c))
	fmt.Println(c2.Name, c2.Inner.Flag, c.Name)

	a := [4]int{1, 2, 3, 4}
	d := mutateArr(a)
	fmt.Println(a, d)

	viaPtr(&b)
	fmt.Println(b.Pts)

	v := [2]int{1, 2}
	fmt.Println(twoSame(v, v), v)

	p, q := retTwice()
	fmt.Println(p, q)

	// struct copied from array element then element changed
	arr := [2]Box{b, c}
	e := arr[0]
	arr[0].Pts[0].X = -5
	fmt.Println(e.Pts[0], arr[0].Pts[0])

	// nested array copy
	grid := [2][2]Pt{{{1, 1}, {2, 2}}, {{3, 3}, {4, 4}}}
	row := grid[1]
	grid[1][0].X = 0
	fmt.Println(row, grid)
}
