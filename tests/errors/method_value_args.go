package main

import "fmt"

type Acc struct{ n int }

func (a *Acc) Add(d int) { a.n += d }
func (a Acc) Get() int  { return a.n }

func main() {
	a := &Acc{}
	add := a.Add
	add()
	add("x")
	get := a.Get
	var x string = get()
	fmt.Println(x)
}
