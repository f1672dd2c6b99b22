// Inlinable functions with several return statements and named results,
// including bare returns, called from loops and expressions so that every
// return path of each inlined body is taken.
package main

import "fmt"

// classify has four return statements; gc inlines it.
func classify(n int) string {
	if n < 0 {
		return "neg"
	}
	if n == 0 {
		return "zero"
	}
	if n%2 == 0 {
		return "even"
	}
	return "odd"
}

// divmod uses named results and bare returns on two paths.
func divmod(a, b int) (q, r int, ok bool) {
	if b == 0 {
		return // zero values
	}
	q = a / b
	r = a % b
	ok = true
	return
}

// clampNamed mixes bare and explicit returns of named results.
func clampNamed(x, lo, hi int) (v int, clamped bool) {
	v = x
	if x < lo {
		v, clamped = lo, true
		return
	}
	if x > hi {
		return hi, true
	}
	return
}

// shadow assigns the named result, then returns an expression that reads it.
func shadow(x int) (r int) {
	r = x * 2
	if x > 3 {
		return r + 1
	}
	r++
	return
}

// firstIndex returns from inside a loop.
func firstIndex(s []int, want int) (idx int) {
	idx = -1
	for i, v := range s {
		if v == want {
			idx = i
			return
		}
	}
	return
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	for _, p := range [][2]int{{17, 5}, {-17, 5}, {4, 0}, {0, 3}} {
		q, r, ok := divmod(p[0], p[1])
		fmt.Println(p[0], p[1], q, r, ok)
	}
	for _, x := range []int{-5, 5, 50} {
		v, c := clampNamed(x, 0, 10)
		fmt.Println(x, v, c)
	}
	sum := 0
	for i := 0; i < 6; i++ {
		sum += shadow(i)
	}
	fmt.Println("shadow sum", sum)
	s := []int{4, 8, 15, 16, 23, 42}
	fmt.Println(firstIndex(s, 15), firstIndex(s, 42), firstIndex(s, 99), firstIndex(nil, 1))
	// The same inlined function twice in one expression.
	fmt.Println(classify(1) + "/" + classify(-1))
	if q, _, ok := divmod(100, 7); ok && q == 14 {
		fmt.Println("divmod in if init ok")
	}
}
