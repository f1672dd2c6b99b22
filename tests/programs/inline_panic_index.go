// A runtime panic (index out of range) inside an inlined function, reached
// after some normal output and with a deferred call in the caller: exit 2.
package main

import "fmt"

func at(s []int, i int) int {
	return s[i]
}

func sumFirst(s []int, n int) int {
	t := 0
	for i := 0; i < n; i++ {
		t += at(s, i)
	}
	return t
}

func main() {
	defer fmt.Println("deferred in main runs")
	s := []int{1, 2, 3, 4}
	fmt.Println(at(s, 0), at(s, 3), sumFirst(s, 4))
	fmt.Println(sumFirst(s, 5))
	fmt.Println("not reached")
}
