package main

import "fmt"

type P struct {
	X, Y int
}

type Inner struct {
	A string
	B []int
}

type Outer struct {
	Name string
	In   Inner
	Ptr  *P
	M    map[string]int
	Any  interface{}
	F    float64
	b    bool
	Emb  struct{ Z int }
}

type E struct{}

func main() {
	p := P{1, 2}
	fmt.Printf("%v|%+v|%#v|%T\n", p, p, p, p)
	fmt.Printf("%v|%+v|%#v|%T\n", &p, &p, &p, &p)
	pp := &p
	fmt.Printf("%v %+v\n", &pp == nil, *pp)

	o := Outer{
		Name: "out",
		In:   Inner{"in", []int{1, 2}},
		M:    map[string]int{"k": 1},
		Any:  P{5, 6},
		F:    2.5,
		b:    true,
	}
	o.Emb.Z = 9
	fmt.Printf("%v\n", o)
	o.Ptr = &P{3, 4}
	fmt.Printf("%v %+v\n", *o.Ptr, o.Ptr)
	o.Ptr = nil
	fmt.Printf("%+v\n", o)
	var o2 Outer
	fmt.Printf("%v\n", o2)
	fmt.Printf("%+v\n", o2)
	fmt.Printf("%#v\n", o2)

	fmt.Printf("%v %+v %#v\n", E{}, E{}, E{})
	fmt.Printf("%v %#v\n", struct{}{}, struct{}{})
	anon := struct {
		N int
		S string
	}{1, "a"}
	fmt.Printf("%v|%+v|%#v|%T\n", anon, anon, anon, anon)

	ps := []P{{1, 2}, {3, 4}}
	fmt.Printf("%v|%+v|%#v\n", ps, ps, ps)
	pps := []*P{{7, 8}}
	fmt.Printf("%+v\n", *pps[0])
	arr := [2]P{}
	fmt.Printf("%v|%#v\n", arr, arr)
	mp := map[P]string{{1, 1}: "a"}
	fmt.Printf("%v|%+v|%#v\n", mp, mp, mp)
	nested := [][]P{{{1, 1}}, nil}
	fmt.Printf("%v|%#v\n", nested, nested)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "s", 1.5, []string{"x"})
	fmt.Printf("%#v %#v %#v\n", int8(-1), uint(3), 'r')
	fmt.Printf("%#v %#v\n", map[string]bool{}, []interface{}{1, "a", nil})
	fmt.Printf("%#v\n", &Inner{"z", nil})
	fmt.Printf("%v\n", &[]int{1})
	fmt.Printf("%v %+v\n", &map[string]int{"a": 1}, &[2]string{"q", "r"})
}
