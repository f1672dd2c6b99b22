// Loops with labelled break and continue inside inlinable functions, called
// inside a caller's loops that carry labels of the same names.
package main

import "fmt"

// findPair finds the first i<j with s[i]+s[j]==t using labelled loops.
func findPair(s []int, t int) (int, int) {
	ri, rj := -1, -1
outer:
	for i := 0; i < len(s); i++ {
		for j := i + 1; j < len(s); j++ {
			if s[i]+s[j] == t {
				ri, rj = i, j
				break outer
			}
		}
	}
	return ri, rj
}

// countSkip counts rows that contain no negative number.
func countSkip(rows [][]int) int {
	n := 0
outer:
	for _, r := range rows {
		for _, v := range r {
			if v < 0 {
				continue outer
			}
		}
		n++
	}
	return n
}

func firstMultiple(n, k int) int {
	i := 1
loop:
	for {
		switch {
		case i*n%k == 0:
			break loop
		case i > 100:
			return -1
		}
		i++
	}
	return i * n
}

func main() {
	data := [][]int{{1, 2, 3}, {4, -1, 6}, {7, 8, 9}, {-2}, {}}
	hits := 0
outer:
	for round := 0; round < 4; round++ {
	inner:
		for t := 3; t < 20; t += 4 {
			i, j := findPair([]int{1, 2, 3, 5, 8, 13}, t)
			if i < 0 {
				fmt.Println("round", round, "t", t, "none")
				continue inner
			}
			hits++
			fmt.Println("round", round, "t", t, i, j, countSkip(data))
			if t > 10 && round == 1 {
				continue outer
			}
			if round == 2 && t == 11 {
				break outer
			}
		}
	}
	fmt.Println("hits", hits)
loop:
	for n := 2; n < 12; n++ {
		m := firstMultiple(n, 6)
		if m > 30 {
			break loop
		}
		fmt.Println(n, m)
	}
}
