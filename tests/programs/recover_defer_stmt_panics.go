// Evaluating a defer statement can itself panic: a nil pointer receiver
// copied for a value method, a method value on a nil interface, an index out
// of range in an argument. The deferred call is then never queued.
package main

import "fmt"

type T struct{ n int }

func (t T) Show()   { fmt.Println("Show", t.n) }
func (t *T) PShow() { fmt.Println("PShow, nil receiver:", t == nil) }

type Shower interface{ Show() }

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	try("nil ptr value method", func() {
		var p *T
		defer fmt.Println("queued before")
		defer p.Show()
		fmt.Println("not reached")
	})
	try("nil ptr pointer method", func() {
		var p *T
		defer p.PShow()
		fmt.Println("body runs, pointer method is fine")
	})
	try("nil interface", func() {
		var s Shower
		defer s.Show()
		fmt.Println("not reached")
	})
	try("arg index", func() {
		xs := []int{1}
		i := 3
		defer fmt.Println("arg", xs[i])
		fmt.Println("not reached")
	})
	try("arg division", func() {
		z := 0
		defer fmt.Println("arg", 1/z)
		fmt.Println("not reached")
	})
	try("method value of nil ptr", func() {
		var p *T
		f := p.PShow
		defer f()
		g := p.Show
		defer g()
	})
}
