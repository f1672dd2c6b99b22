// Parameters with pointers that flow nowhere: "p does not escape" for
// pointers, slices, maps, funcs and strings alike.
package main

import "fmt"

func sum(p *[4]int, s []int, m map[string]int, f func(int) int, str string) int {
	t := f(len(str))
	for _, v := range p {
		t += v
	}
	for _, v := range s {
		t += v
	}
	return t + m["k"]
}

func main() {
	a := [4]int{1, 2, 3, 4}
	m := map[string]int{"k": 100}
	double := func(n int) int { return 2 * n }
	fmt.Println(sum(&a, a[:2], m, double, "abc"))
}
