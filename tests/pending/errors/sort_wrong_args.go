package main

import (
	"fmt"
	"sort"
)

func main() {
	xs := []int64{3, 1}
	sort.Ints(xs)
	sort.Strings([]int{1})
	sort.Sort([]int{2, 1})
	sort.Slice(xs, func(i, j int) int { return 0 })
	fmt.Println(xs, sort.Search(3))
}
