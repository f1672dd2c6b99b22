package main

import "fmt"

type P struct{ x, y int }

func main() {
	m := map[string]P{"a": {1, 2}}
	m["a"].x = 5
	m["a"].y++
	arrs := map[int][2]int{}
	arrs[0][1] = 3
	fmt.Println(m, arrs)
}
