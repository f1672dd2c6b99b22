// A method value x.M allocates a closure binding the receiver: it does
// not escape when called locally and escapes when returned or stored.
package main

import "fmt"

type Acc struct {
	total int
}

func (a *Acc) Add(v int) { a.total += v }

func (a Acc) Get() int { return a.total }

func useLocal(a *Acc) int {
	add := a.Add
	add(2)
	add(3)
	return a.total
}

func getter(a Acc) func() int {
	return a.Get
}

func main() {
	var a Acc
	fmt.Println(useLocal(&a))
	g := getter(a)
	a.total = 100
	fmt.Println(g())
}
