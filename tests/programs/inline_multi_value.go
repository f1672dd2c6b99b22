// An inlinable function returning several values, used in a, b := f(),
// in g(f()), in a, b = f() swapping into existing variables, and as the
// arguments of a variadic call.
package main

import "fmt"

func pair(n int) (int, string) {
	return n * n, fmt.Sprint("n=", n)
}

func swap(a, b int) (int, int) {
	return b, a
}

func minmax(a, b int) (lo, hi int) {
	if a < b {
		return a, b
	}
	lo, hi = b, a
	return
}

func sum3(a, b, c int) int { return a + b + c }

func three() (int, int, int) { return 1, 20, 300 }

func show(x int, s string) string {
	return fmt.Sprintf("[%d %s]", x, s)
}

func add(a, b int) int { return a + b }

func sumAll(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	a, b := pair(7)
	fmt.Println(a, b)
	fmt.Println(show(pair(3)))
	fmt.Println(add(swap(10, 3)))
	fmt.Println(add(minmax(9, 2)))
	fmt.Println(sum3(three()))

	x, y := 1, 2
	for i := 0; i < 3; i++ {
		x, y = swap(x, y)
		fmt.Println("swap", i, x, y)
	}
	// Results feed arguments of the same function.
	lo, hi := minmax(minmax(5, 1))
	fmt.Println(lo, hi)
	p, q := swap(swap(4, 5))
	fmt.Println(p, q)

	// Multi-value into a fmt call (variadic interface parameters).
	fmt.Println(pair(11))
	fmt.Println(three())

	// Blank identifiers.
	_, s := pair(2)
	n, _ := pair(5)
	fmt.Println(s, n)

	// Inside a loop accumulating.
	total := 0
	for i := range 5 {
		l, h := minmax(i, 4-i)
		total += h*10 + l
	}
	fmt.Println("total", total, sumAll(three()))
}
