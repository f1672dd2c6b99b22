// Deferred calls run last-in first-out when the function returns; their
// arguments are evaluated at the defer statement.
package main

import "fmt"

type counter struct{ n int }

func (c counter) show(tag string) { fmt.Println(tag, c.n) }
func (c *counter) bump()          { c.n++ }

type shower interface{ show(string) }

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
	x := 10
	defer fmt.Println("x at defer:", x)
	x = 20
	defer func() { fmt.Println("x in closure:", x) }()
	x = 30
	c := counter{1}
	defer c.show("value receiver copied:")
	p := &c
	defer p.bump()
	var s shower = c
	defer s.show("interface:")
	c.n = 5
	f := func(s string) { fmt.Println("func value", s) }
	defer f("first f")
	f = func(s string) { fmt.Println("replaced", s) }
	fmt.Println("body done, c.n =", c.n)
}

func named() (r int, s string) {
	defer func() {
		r *= 2
		s += "!"
	}()
	return 21, "hi"
}

func early(n int) (out []string) {
	defer func() { out = append(out, "deferred") }()
	if n > 0 {
		return []string{"early"}
	}
	out = append(out, "late")
	return
}

func main() {
	order()
	fmt.Println(named())
	fmt.Println(early(1), early(0))
	defer fmt.Println("main's defer runs last")
	fmt.Println("main body")
}
