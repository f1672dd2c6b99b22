// A length held in a local that is never reassigned is replaced by its
// constant value before printing: make([]int, n) is shown as
// make([]int, 12).
package main

import "fmt"

func fill() int {
	n := 12
	s := make([]int, n)
	for i := range s {
		s[i] = 2 * i
	}
	return s[n-1]
}

func fillVar(k int) int {
	n := 12
	if k > 0 {
		n = k
	}
	s := make([]int, n)
	return len(s)
}

func main() {
	fmt.Println(fill(), fillVar(0), fillVar(5))
}
