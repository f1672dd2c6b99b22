// Functions around gc's inlining budget of 80: a call to fmt.Println costs
// 72 more than itself, so one print is within budget and two are not;
// a call to a function that is not inlined costs 57.
package main

import "fmt"

type pair struct{ a, b int }

func show(x int) { fmt.Println(x) }

func showTwo(x, y int) {
	fmt.Println(x)
	fmt.Println(y)
}

//go:noinline
func opaque(x int) int { return x + 1 }

func callsOpaque(x int) int { return opaque(x) * 2 }

func callsTwice(x int) int { return opaque(x) + opaque(x+1) }

func sum(p *pair) int {
	t := 0
	for i := 0; i < p.a; i++ {
		t += i * p.b
	}
	return t
}

func build(n int) []pair {
	out := make([]pair, 0, n)
	for i := 0; i < n; i++ {
		out = append(out, pair{i, i * i})
	}
	return out
}

func main() {
	show(1)
	showTwo(2, 3)
	fmt.Println(callsOpaque(4), callsTwice(5))
	p := &pair{3, 4}
	fmt.Println(sum(p), len(build(3)))
}
