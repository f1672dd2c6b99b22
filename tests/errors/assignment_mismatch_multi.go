package main

import (
	"fmt"
	"strconv"
)

func pair() (int, string) { return 1, "a" }

func main() {
	m := map[string]int{}
	a, b, c := m["k"]
	x := pair()
	n := strconv.Atoi("5")
	var s []int
	v, ok, extra := s[0]
	fmt.Println(a, b, c, x, n, v, ok, extra)
}
