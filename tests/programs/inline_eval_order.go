// Inlinable functions with side effects called in argument position, in
// composite literals, in binary expressions and on both sides of an
// assignment: their evaluation order must be left to right as in gc.
package main

import "fmt"

var x int

func next() int {
	x++
	return x
}

var trace []string

func t(s string, v int) int {
	trace = append(trace, s)
	return v
}

func get() int { return x }

func bumpBy(p *int, d int) int {
	*p += d
	return *p
}

func main() {
	fmt.Println(next(), next(), x)
	fmt.Println(x, next(), x, next())
	a := []int{next(), next(), next()}
	fmt.Println(a, x)
	s := next()*10 + next()
	fmt.Println(s, x)
	m := map[string]int{"p": next(), "q": next()}
	fmt.Println(m["p"] < m["q"], x)
	fmt.Println(t("a", 1)+t("b", 2)*t("c", 3), trace)
	trace = nil
	arr := make([]int, 5)
	arr[t("idx", 1)] = t("val", 7)
	fmt.Println(arr, trace)
	y := 0
	fmt.Println(bumpBy(&y, 1), bumpBy(&y, 10), y)
	y = 0
	z := bumpBy(&y, 5) - bumpBy(&y, 1)
	fmt.Println(z, y)
	x = 0
	fmt.Println(get(), next(), get())
	p, q := next(), next()
	fmt.Println(p, q)
	f := func(a, b, c int) string { return fmt.Sprint(a, b, c) }
	fmt.Println(f(next(), get(), next()))
	x = 0
	if next() == 1 && next() == 5 {
		fmt.Println("unreachable")
	}
	fmt.Println("x after &&", x)
	if next() == 3 || next() == 100 {
		fmt.Println("short-circuit ok")
	}
	fmt.Println("x after ||", x)
}
