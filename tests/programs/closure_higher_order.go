package main

import (
	"fmt"
	"strings"
)

func Map(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func Filter(xs []string, pred func(string) bool) []string {
	var out []string
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce(xs []int, init int, f func(acc, x int) int) int {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func ForEach(xs []string, f func(int, string)) {
	for i, x := range xs {
		f(i, x)
	}
}

func Memo(f func(int) int) (func(int) int, func() int) {
	cache := map[int]int{}
	calls := 0
	return func(n int) int {
			if v, ok := cache[n]; ok {
				return v
			}
			calls++
			v := f(n)
			cache[n] = v
			return v
		}, func() int {
			return calls
		}
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6}
	fmt.Println(Map(nums, func(x int) int { return x * x }))
	fmt.Println(Reduce(nums, 0, func(a, x int) int { return a + x }))
	fmt.Println(Reduce(nums, 1, func(a, x int) int { return a * x }))
	maxOf := Reduce(nums, nums[0], func(a, x int) int {
		if x > a {
			return x
		}
		return a
	})
	fmt.Println(maxOf)

	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	long := Filter(words, func(s string) bool { return len(s) > 3 })
	fmt.Println(long, len(long))
	minLen := 5
	longer := Filter(words, func(s string) bool { return len(s) >= minLen })
	fmt.Println(longer)
	minLen = 3
	fmt.Println(len(Filter(words, func(s string) bool { return len(s) >= minLen })))

	var sb strings.Builder
	ForEach(words[:4], func(i int, w string) {
		fmt.Fprintf(&sb, "%d=%s;", i, strings.ToUpper(w))
	})
	fmt.Println(sb.String())

	square, calls := Memo(func(n int) int { return n * n })
	fmt.Println(square(4), square(4), square(5), calls())

	pipeline := Map(Map(nums, func(x int) int { return x + 1 }), func(x int) int { return x * 10 })
	fmt.Println(pipeline)
}
