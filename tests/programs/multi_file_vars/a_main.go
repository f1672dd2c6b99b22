package main

import "fmt"

// total depends on values declared in b_vars.go, which in turn
// depend on base declared here.
var total = sum + doubled
var base = 21

var log string

func record(s string) int {
	log += s
	return len(log)
}

func main() {
	fmt.Println(base, doubled, sum, total)
	fmt.Println(table, names)
	fmt.Println(log, first, second)
	bump()
	bump()
	fmt.Println(counter, table[2])
}
