package main

import (
	"fmt"
	"sort"
)

func main() {
	a := []int{1, 3, 5, 7, 9, 11}
	for _, x := range []int{0, 1, 4, 9, 11, 12} {
		i := sort.Search(len(a), func(i int) bool { return a[i] >= x })
		found := i < len(a) && a[i] == x
		fmt.Println(x, i, found)
	}
	strs := []string{"apple", "banana", "cherry"}
	for _, s := range []string{"banana", "blueberry", "zzz", ""} {
		fmt.Print(sort.Search(len(strs), func(i int) bool { return strs[i] >= s }), " ")
	}
	fmt.Println()

	// Insert while keeping the slice sorted.
	var sorted []int
	for _, v := range []int{5, 1, 4, 1, 5, 9, 2, 6} {
		i := sort.Search(len(sorted), func(k int) bool { return sorted[k] >= v })
		sorted = append(sorted, 0)
		copy(sorted[i+1:], sorted[i:])
		sorted[i] = v
	}
	fmt.Println(sorted)

	// Integer square root via binary search over a predicate.
	isqrt := func(n int) int {
		return sort.Search(n+1, func(k int) bool { return k*k > n }) - 1
	}
	for _, n := range []int{0, 1, 15, 16, 17, 1000000, 999999} {
		fmt.Print(isqrt(n), " ")
	}
	fmt.Println()

	// First index where a prefix sum exceeds a threshold.
	w := []int{3, 1, 4, 1, 5, 9, 2, 6}
	prefix := make([]int, len(w))
	sum := 0
	for i, v := range w {
		sum += v
		prefix[i] = sum
	}
	fmt.Println(prefix)
	for _, t := range []int{0, 3, 4, 14, 30, 31} {
		fmt.Print(sort.Search(len(prefix), func(i int) bool { return prefix[i] > t }), " ")
	}
	fmt.Println()
	fmt.Println(sort.Search(0, func(int) bool { return true }), sort.Search(10, func(int) bool { return false }))
}
