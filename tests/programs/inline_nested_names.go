// Nested inlining (an inlined function calling inlined functions), callee
// parameter names that shadow a package variable read by another inlined
// function, swapping through parameters named like the caller's variables,
// chained pointer-receiver calls and closures capturing inlined parameters.
package main

import "fmt"

var g = 10

func useG() int { return g }

func f(g int) int { g++; return g + useG() }

func sw(a, b int) (int, int) { a, b = b, a; return a, b }

func inner(n int) int { return n * 2 }
func outer(n int) int { return inner(n) + inner(n+1) }
func outer2(n int) int { return outer(inner(n)) }

type S struct{ n int }

func (s *S) incr() *S { s.n++; return s }
func (s S) val() int  { return s.n }

func retS(n int) S { return S{n} }

func clos(n int) int {
	f := func() int { return n * n }
	n++
	return f()
}

func sumVar(ns ...int) (t int) {
	for _, n := range ns {
		t += n
	}
	return
}

func loopRet(n int) int {
	for i := 0; ; i++ {
		if i*i >= n {
			return i
		}
	}
}

func main() {
	g := 3
	fmt.Println(f(g), g, useG())
	a, b := 1, 2
	b, a = sw(a, b)
	fmt.Println(a, b)
	a, b = sw(b, a)
	fmt.Println(a, b)
	fmt.Println(outer(3), outer2(3))
	var s S
	s.incr().incr().incr()
	fmt.Println(s.val(), retS(5).val())
	fmt.Println(clos(3))
	n := 7
	h := func() int { return sumVar(n, n, n) + clos(n) }
	n = 2
	fmt.Println(h())
	fmt.Println(loopRet(10), loopRet(0), loopRet(17))
	m := map[int]int{}
	for i := 0; i < 5; i++ {
		m[inner(i)] = outer(i)
	}
	fmt.Println(m)
	var arr [4]S
	for i := range arr {
		arr[i].incr()
		arr[i] = retS(arr[i].val() + i)
	}
	fmt.Println(arr)
	ps := []*S{{1}, {2}}
	for _, p := range ps {
		p.incr()
	}
	fmt.Println(*ps[0], *ps[1])
	x := sumVar(sumVar(1, 2), sumVar(), sumVar(sumVar(3)))
	fmt.Println(x)
}
