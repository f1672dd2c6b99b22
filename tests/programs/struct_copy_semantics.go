package main

import "fmt"

type Inner struct {
	A [3]int
	S string
}

type Outer struct {
	In  Inner
	N   int
	Arr [2]Inner
}

func mutate(o Outer) Outer {
	o.N = 100
	o.In.A[0] = 100
	o.Arr[1].S = "changed"
	return o
}

func mutatePtr(o *Outer) {
	o.N = 200
	o.In.A[2] = 200
}

func main() {
	var o Outer
	o.In = Inner{[3]int{1, 2, 3}, "in"}
	o.N = 1
	o.Arr[0].S = "zero"
	o.Arr[1].S = "one"

	c := o
	c.In.A[1] = 50
	c.Arr[0].A[0] = 9
	fmt.Println("orig:", o)
	fmt.Println("copy:", c)

	m := mutate(o)
	fmt.Println("orig:", o)
	fmt.Println("ret :", m)

	mutatePtr(&o)
	fmt.Println("orig:", o)

	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 42
	fmt.Println(arr, arr2)

	in := o.Arr[1]
	in.A[2] = 77
	fmt.Println(o.Arr[1], in)

	p := &o.In
	q := *p
	q.S = "q"
	p.S = "p"
	fmt.Println(o.In.S, q.S)

	var grid [2][2]int
	row := grid[0]
	row[1] = 5
	grid[1] = row
	fmt.Println(grid, row)
}
