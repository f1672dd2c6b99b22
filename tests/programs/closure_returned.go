package main

import (
	"fmt"
	"strings"
)

func adder(base int) func(int) int {
	return func(x int) int { return base + x }
}

func multiplier(f int) func(int) int {
	return func(x int) int { return x * f }
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func prefixer(p string) func(string) string {
	count := 0
	return func(s string) string {
		count++
		return fmt.Sprintf("%s%d:%s", p, count, s)
	}
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func main() {
	add5 := adder(5)
	times3 := multiplier(3)
	fmt.Println(add5(1), times3(4))
	both := compose(add5, times3)
	fmt.Println(both(1), compose(times3, add5)(1))

	chain := func(x int) int { return x }
	for i := 1; i <= 3; i++ {
		chain = compose(chain, adder(i))
	}
	fmt.Println(chain(0), chain(10))

	pa := prefixer("A")
	pb := prefixer("B")
	fmt.Println(pa("x"), pa("y"), pb("z"), pa("w"))

	gen := fibGen()
	var fibs []string
	for i := 0; i < 12; i++ {
		fibs = append(fibs, fmt.Sprint(gen()))
	}
	fmt.Println(strings.Join(fibs, ","))

	makeOps := func() map[string]func(int, int) int {
		return map[string]func(int, int) int{
			"add": func(a, b int) int { return a + b },
			"sub": func(a, b int) int { return a - b },
			"mul": func(a, b int) int { return a * b },
		}
	}
	ops := makeOps()
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Println(name, ops[name](7, 3))
	}
	f, ok := ops["div"]
	fmt.Println(f == nil, ok)

	curry := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a*100 + b*10 + c }
		}
	}
	fmt.Println(curry(1)(2)(3), curry(9)(8)(7))
}
