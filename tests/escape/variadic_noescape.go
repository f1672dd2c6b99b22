// A variadic parameter that is only read: the implicit slice is reported
// as "... argument does not escape".
package main

import "fmt"

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func longest(words ...string) string {
	best := ""
	for _, w := range words {
		if len(w) > len(best) {
			best = w
		}
	}
	return best
}

func main() {
	fmt.Println(sum(1, 2, 3), sum(), longest("go", "rust", "c"))
}
