// Variadic inlinable functions: called with no extra arguments, with
// several, with a spread slice (which the callee may modify), and mixing a
// fixed parameter with the variadic ones.
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func count(prefix string, xs ...int) string {
	return fmt.Sprint(prefix, len(xs))
}

func bump(xs ...int) {
	for i := range xs {
		xs[i]++
	}
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func keep(xs ...int) []int { return xs }

func joinAll(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3), sum([]int{4, 5, 6}...))
	fmt.Println(count("n"), count("n", 1, 2), count("n", []int{}...), count("n", nil...))

	s := []int{1, 2, 3}
	bump(s...)
	bump(s...)
	fmt.Println(s)
	bump(7, 8) // the implicit slice is discarded
	fmt.Println(maxOf(3), maxOf(3, 9, 1), maxOf(-1, -5, -2))

	// The implicit slice of each call must be fresh.
	a := keep(1, 2)
	b := keep(3, 4)
	a[0] = 100
	fmt.Println(a, b, len(keep()), keep() == nil)

	// Spread slice aliases the caller's.
	base := []int{10, 20, 30}
	k := keep(base...)
	k[1] = -1
	fmt.Println(base)

	fmt.Println(joinAll(", ", "a", "b", "c"), joinAll("-"), joinAll("+", []string{"x", "y"}...))
	total := 0
	for i := 0; i < 4; i++ {
		total += sum(i, i*i, maxOf(i, 2))
	}
	fmt.Println("total", total)
}
