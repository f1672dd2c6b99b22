// A recursive constructor: every node it allocates escapes through the
// result.
package main

import "fmt"

type List struct {
	Val  int
	Next *List
}

func build(n int) *List {
	if n == 0 {
		return nil
	}
	return &List{Val: n, Next: build(n - 1)}
}

func sum(l *List) int {
	if l == nil {
		return 0
	}
	return l.Val + sum(l.Next)
}

func main() {
	fmt.Println(sum(build(10)))
}
