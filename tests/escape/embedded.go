// Embedded structs: promoted methods take the address of the embedded
// field; a pointer embedded in an escaping struct escapes with it.
package main

import "fmt"

type Base struct {
	id int
}

func (b *Base) ID() int { return b.id }

type Derived struct {
	Base
	label string
}

type Wrapper struct {
	*Base
	n int
}

func newWrapper(b *Base) *Wrapper {
	return &Wrapper{Base: b, n: 1}
}

func main() {
	d := Derived{Base{7}, "seven"}
	b := Base{9}
	w := newWrapper(&b)
	fmt.Println(d.ID(), d.label, w.ID(), w.n)
}
