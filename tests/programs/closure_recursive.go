package main

import "fmt"

func main() {
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(5), fact(10), fact(20))

	var fib func(int) int
	memo := map[int]int{}
	fib = func(n int) int {
		if n < 2 {
			return n
		}
		if v, ok := memo[n]; ok {
			return v
		}
		r := fib(n-1) + fib(n-2)
		memo[n] = r
		return r
	}
	fmt.Println(fib(30), fib(80), len(memo))

	var isEven, isOdd func(int) bool
	isEven = func(n int) bool {
		if n == 0 {
			return true
		}
		return isOdd(n - 1)
	}
	isOdd = func(n int) bool {
		if n == 0 {
			return false
		}
		return isEven(n - 1)
	}
	fmt.Println(isEven(10), isOdd(7), isEven(7))

	type Tree struct {
		Val         int
		Left, Right *Tree
	}
	t := &Tree{5, &Tree{3, &Tree{1, nil, nil}, nil}, &Tree{8, &Tree{7, nil, nil}, &Tree{9, nil, nil}}}
	var walk func(*Tree, int)
	var out []int
	depth := 0
	walk = func(n *Tree, d int) {
		if n == nil {
			return
		}
		if d > depth {
			depth = d
		}
		walk(n.Left, d+1)
		out = append(out, n.Val)
		walk(n.Right, d+1)
	}
	walk(t, 1)
	fmt.Println(out, depth)

	var perms func([]int, int) [][]int
	perms = func(a []int, k int) [][]int {
		if k == len(a) {
			return [][]int{append([]int(nil), a...)}
		}
		var res [][]int
		for i := k; i < len(a); i++ {
			a[k], a[i] = a[i], a[k]
			res = append(res, perms(a, k+1)...)
			a[k], a[i] = a[i], a[k]
		}
		return res
	}
	ps := perms([]int{1, 2, 3}, 0)
	fmt.Println(len(ps), ps)
}
