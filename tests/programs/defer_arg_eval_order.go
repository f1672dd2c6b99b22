// A defer statement evaluates the function value and its arguments, left to
// right, when it executes; the call itself happens at return.
package main

import "fmt"

var seq []string

func note(s string, v int) int {
	seq = append(seq, s)
	return v
}

func pick(s string) func(a, b int) {
	seq = append(seq, "pick "+s)
	return func(a, b int) { fmt.Println("called", s, a, b) }
}

type obj struct{ id int }

func getObj(id int) *obj {
	seq = append(seq, fmt.Sprint("getObj ", id))
	return &obj{id}
}

func (o *obj) show(x int) { fmt.Println("obj", o.id, x) }

func pair() (int, string) {
	seq = append(seq, "pair")
	return 7, "seven"
}

func two(n int, s string) { fmt.Println("two", n, s) }

func run() {
	defer pick("first")(note("a1", 1), note("a2", 2))
	defer getObj(1).show(note("m", 3))
	defer two(pair())
	x := 10
	defer fmt.Println("x then", x, note("inline", x*2))
	x = 20
	defer func(v int) { fmt.Println("param", v, "captured", x) }(note("lit", x))
	x = 30
	seq = append(seq, "body end")
	fmt.Println(seq)
}

func main() {
	run()
	fmt.Println(seq)
}
