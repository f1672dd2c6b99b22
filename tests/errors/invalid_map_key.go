package main

import "fmt"

type Key struct {
	Parts []string
}

func main() {
	m1 := map[[]int]string{}
	m2 := make(map[Key]int)
	var m3 map[func()]bool
	m4 := map[map[string]int]bool{}
	fmt.Println(m1, m2, m3, m4)
}
