// A variadic parameter that is stored: "leaking param: xs" and the
// implicit slice escapes at every call site.
package main

import "fmt"

var kept [][]int

func keep(xs ...int) {
	kept = append(kept, xs)
}

func main() {
	keep(1, 2)
	keep(3)
	fmt.Println(len(kept), kept[0][1], kept[1][0])
}
