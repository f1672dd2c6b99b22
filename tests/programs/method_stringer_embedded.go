package main

import "fmt"

type Money struct {
	Cents int
}

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m.Cents/100, m.Cents%100) }

type Price struct {
	Money
	Currency string
}

type Line struct {
	Item  string
	Price Money
}

type PtrStringer struct{ N int }

func (p *PtrStringer) String() string { return fmt.Sprintf("PS(%d)", p.N) }

type Holder struct {
	P  PtrStringer
	PP *PtrStringer
}

func main() {
	m := Money{1234}
	fmt.Println(m)
	// Promoted String makes Price a Stringer too: its own fields are not printed.
	p := Price{Money{99}, "EUR"}
	fmt.Println(p)
	fmt.Printf("%v|%+v|%s\n", p, p, p)
	fmt.Printf("%#v\n", p)
	// A named field does not promote.
	l := Line{"book", Money{1500}}
	fmt.Println(l)
	fmt.Printf("%+v\n", l)

	// Pointer-receiver String: only used through a pointer.
	ps := PtrStringer{3}
	fmt.Println(ps, &ps)
	h := Holder{PtrStringer{1}, &PtrStringer{2}}
	fmt.Println(h)
	fmt.Printf("%+v\n", h)

	fmt.Println([]Money{{1}, {250}}, map[string]Money{"x": {5}})
	fmt.Println([]*PtrStringer{{7}})
	fmt.Printf("%d %v %s\n", m, m, m)
	fmt.Printf("%x\n", Money{255})
	fmt.Printf("[%10v] [%-10s]\n", m, m)
}
