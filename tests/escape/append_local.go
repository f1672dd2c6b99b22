// append on a slice that stays in the function: "append does not escape"
// (the possibly new backing array stays on the stack).
package main

import "fmt"

func evens(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			s = append(s, i)
		}
	}
	return len(s)
}

func words() int {
	w := []string{"a"}
	w = append(w, "b", "c")
	return len(w)
}

func main() {
	fmt.Println(evens(10), words())
}
