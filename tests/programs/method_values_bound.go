package main

import "fmt"

type Acc struct {
	Total int
}

func (a Acc) Value() int     { return a.Total }
func (a *Acc) Add(n int)     { a.Total += n }
func (a Acc) Plus(n int) int { return a.Total + n }

func main() {
	a := Acc{Total: 1}

	// Value receiver: the receiver is copied when the method value is evaluated.
	v := a.Value
	plus := a.Plus
	a.Total = 100
	fmt.Println(v(), plus(5), a.Value())

	// Pointer receiver: the method value binds &a, so later changes are visible.
	add := a.Add
	add(10)
	add(20)
	fmt.Println(a.Total)

	p := &a
	pv := p.Value // copies *p now
	a.Total = 7
	fmt.Println(pv(), p.Value())

	// Method values stored in collections.
	b := Acc{}
	adders := []func(int){a.Add, b.Add}
	for i, f := range adders {
		f(i + 1)
	}
	fmt.Println(a.Total, b.Total)

	getters := map[string]func() int{"a": a.Value, "b": b.Value}
	a.Total = -1
	fmt.Println(getters["a"](), getters["b"](), a.Value())

	// Method value from a slice element pointer.
	accs := []Acc{{1}, {2}, {3}}
	f := accs[1].Add
	f(40)
	fmt.Println(accs)
	accs = append(accs, Acc{4})
	f(1000)
	fmt.Println(accs[1].Total == 42 || accs[1].Total == 1042, len(accs))

	// Method value of an interface value.
	var s fmt.Stringer = named("first")
	str := s.String
	s = named("second")
	fmt.Println(str(), s.String())

	type op func(int)
	var o op = a.Add
	o(1)
	fmt.Println(a.Total)
	fmt.Printf("%T %T\n", a.Value, a.Add)
}

type named string

func (n named) String() string { return "named:" + string(n) }
