// append whose result is returned: "append escapes to heap"; the
// appended slice parameter leaks to the result.
package main

import "fmt"

func push(s []int, v int) []int {
	return append(s, v)
}

func collect(n int) []int {
	var out []int
	for i := range n {
		out = append(out, i*i)
	}
	return out
}

func main() {
	s := push(nil, 1)
	s = push(s, 2)
	fmt.Println(s, collect(4))
}
