package main

import (
	"fmt"
	"strings"
)

func joinAll(sep string, parts ...string) string {
	return strings.Join(parts, sep)
}

func apply(f func(...int) int, xs ...int) int {
	return f(xs...)
}

func main() {
	sum := func(xs ...int) int {
		t := 0
		for _, x := range xs {
			t += x
		}
		return t
	}
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), apply(sum, 1, 2), apply(sum, nums...))

	count := func(prefix string, vals ...interface{}) string {
		return fmt.Sprint(prefix, len(vals), vals)
	}
	fmt.Println(count("n="))
	fmt.Println(count("n=", 1, "a", nil))
	ifs := []interface{}{1.5, true}
	fmt.Println(count("n=", ifs...))

	fmt.Println(joinAll("-"), joinAll("-", "a"), joinAll("-", "a", "b", "c"))
	parts := []string{"x", "y"}
	fmt.Println(joinAll("+", parts...))

	// The variadic slice aliases the caller's slice.
	mutate := func(xs ...int) {
		if len(xs) > 0 {
			xs[0] = -1
		}
	}
	mutate(nums...)
	fmt.Println(nums)
	mutate(7, 8)
	fmt.Println(nums)

	isNil := func(xs ...int) bool { return xs == nil }
	fmt.Println(isNil(), isNil(nil...), isNil([]int{}...), isNil(1))

	var logs []string
	logf := func(format string, args ...interface{}) {
		logs = append(logs, fmt.Sprintf(format, args...))
	}
	logf("plain")
	logf("%d+%d=%d", 1, 2, 3)
	logf("%s/%v", "a", []int{1})
	fmt.Println(strings.Join(logs, " | "))

	maxOf := func(first int, rest ...int) int {
		m := first
		for _, r := range rest {
			if r > m {
				m = r
			}
		}
		return m
	}
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, nums...))
}
