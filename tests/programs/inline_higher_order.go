// Function values (top-level functions, closures, method values) passed to
// inlinable higher-order functions.
package main

import "fmt"

func apply(f func(int) int, x int) int { return f(x) }

func twice(f func(int) int, x int) int { return f(f(x)) }

func mapInts(s []int, f func(int) int) []int {
	out := make([]int, len(s))
	for i, v := range s {
		out[i] = f(v)
	}
	return out
}

func filter(s []int, keep func(int) bool) []int {
	var out []int
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func double(x int) int { return x * 2 }
func square(x int) int { return x * x }

type Scale struct{ k int }

func (s Scale) By(x int) int { return x * s.k }

func main() {
	fmt.Println(apply(double, 5), apply(square, 5), twice(double, 3), twice(square, 3))
	calls := 0
	counted := func(x int) int {
		calls++
		return x + calls
	}
	fmt.Println(apply(counted, 10), twice(counted, 10), calls)
	fmt.Println(mapInts([]int{1, 2, 3}, double), mapInts([]int{1, 2, 3}, func(x int) int { return -x }))
	evens := filter([]int{1, 2, 3, 4, 5, 6}, func(x int) bool { return x%2 == 0 })
	fmt.Println(evens, len(filter(nil, nil)))
	sq := Scale{3}
	fmt.Println(apply(sq.By, 7), mapInts([]int{1, 2}, Scale{10}.By))
	by := Scale.By
	fmt.Println(apply(func(x int) int { return by(Scale{4}, x) }, 5))
	h := compose(double, square)
	k := compose(square, double)
	fmt.Println(h(3), k(3), twice(h, 1))
	var fs []func(int) int
	for i := 1; i <= 3; i++ {
		fs = append(fs, func(x int) int { return x + i })
	}
	total := 0
	for _, f := range fs {
		total += apply(f, 100)
	}
	fmt.Println("total", total)
}
