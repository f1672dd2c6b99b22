// sort.Slice takes the slice as an interface and a less function: the
// slice header is boxed and escapes, the func literal does not.
package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func byAge(ps []Person) {
	sort.Slice(ps, func(i, j int) bool { return ps[i].Age < ps[j].Age })
}

func main() {
	ps := []Person{{"al", 30}, {"bo", 20}, {"cy", 25}}
	byAge(ps)
	ints := []int{3, 1, 2}
	sort.Ints(ints)
	fmt.Println(ps[0].Name, ps[2].Name, ints)
}
