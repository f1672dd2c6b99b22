// Slice literals: the backing array is an allocation site rendered
// []T{...}; it stays on the stack unless the slice outlives the call.
package main

import "fmt"

func sumLocal() int {
	s := []int{1, 2, 3, 4}
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func primes() []int {
	return []int{2, 3, 5, 7, 11}
}

func empty() []string {
	return []string{}
}

func main() {
	p := primes()
	e := empty()
	fmt.Println(sumLocal(), len(p), p[4], len(e))
}
