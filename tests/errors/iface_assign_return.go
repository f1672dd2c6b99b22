package main

import (
	"fmt"
	"sort"
)

type Ints []int

func (x Ints) Len() int      { return len(x) }
func (x Ints) Swap(i, j int) { x[i], x[j] = x[j], x[i] }

func get() fmt.Stringer {
	return Ints{1}
}

func main() {
	sort.Sort(Ints{3, 1, 2})
	fmt.Println(get())
}
