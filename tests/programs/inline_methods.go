// Inlinable methods on value and pointer receivers, called directly, through
// addressable values and pointers (auto & and *), and promoted through
// embedded structs (by value and by pointer).
package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c *Counter) Add(d int) int { c.n += d; return c.n }
func (c Counter) WithN(n int) Counter {
	c.n = n // modifies the copy only
	return c
}
func (c Counter) Label() string { return c.name + ":" + fmt.Sprint(c.n) }

type Named struct {
	Counter // embedded by value
	tag     string
}

type Wrapped struct {
	*Counter // embedded by pointer
	extra    int
}

type Deep struct {
	Named
}

func (d *Deep) Reset() { d.n = 0 }

type Vec struct{ X, Y int }

func (v Vec) Add(o Vec) Vec { return Vec{v.X + o.X, v.Y + o.Y} }
func (v *Vec) Scale(k int)  { v.X *= k; v.Y *= k }
func (v Vec) Dot(o Vec) int { return v.X*o.X + v.Y*o.Y }

func main() {
	c := Counter{name: "c"}
	c.Inc()
	c.Inc()
	fmt.Println(c.Get(), c.Add(5), c.Label())
	c2 := c.WithN(100)
	fmt.Println(c.Get(), c2.Get())

	p := &Counter{name: "p"}
	p.Inc()
	fmt.Println(p.Get(), (*p).Get(), p.Label())

	n := Named{Counter{3, "n"}, "t"}
	n.Inc()
	n.Counter.Inc()
	fmt.Println(n.Get(), n.Add(10), n.Label(), n.tag)

	w := Wrapped{&c, 1}
	w.Inc()
	fmt.Println(w.Get(), c.Get(), w.Label())

	d := Deep{Named{Counter{9, "d"}, "deep"}}
	d.Inc()
	fmt.Println(d.Get(), d.Label())
	d.Reset()
	fmt.Println(d.Get(), d.Named.Counter.n)

	v := Vec{1, 2}
	v.Scale(3)
	u := v.Add(Vec{1, 1})
	fmt.Println(v, u, v.Dot(u))
	vs := []Vec{{1, 0}, {0, 1}, {2, 2}}
	for i := range vs {
		vs[i].Scale(i + 1)
	}
	fmt.Println(vs)
	m := map[string]Vec{"a": {1, 1}}
	fmt.Println(m["a"].Add(Vec{2, 2}), m["a"].Dot(Vec{3, 4}))

	// Method values bound to a pointer see later changes; bound to a value don't.
	inc := c.Inc
	get := c.Get
	inc()
	inc()
	fmt.Println(c.Get(), get())
	// Method value on the embedded pointer.
	wi := w.Inc
	wi()
	fmt.Println(c.n)
}
