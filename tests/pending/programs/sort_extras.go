package main

import (
	"fmt"
	"math"
	"sort"
)

// sort helpers beyond the core set: *AreSorted, Reverse, IntSlice, Search*, Stable.
func main() {
	nan := math.NaN()
	fl := []float64{3, nan, -1, math.Inf(1), 0, math.Inf(-1), nan, 2.5}
	sort.Float64s(fl)
	fmt.Println(fl)
	fmt.Println(sort.Float64sAreSorted(fl))
	zero := 0.0
	negz := -zero
	zs := []float64{zero, negz, 1, -1}
	sort.Float64s(zs)
	fmt.Println(zs[0], zs[3], len(zs))
	idx := sort.SearchFloat64s([]float64{1, 2, 3, 4}, 2.5)
	fmt.Println(idx)
	vals := []float64{0.1, 0.01, 0.001, 1, 10}
	sort.Float64s(vals)
	fmt.Println(vals)
	sort.Sort(sort.Reverse(sort.Float64Slice(vals)))
	fmt.Println(vals)
	ints := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	ss := sort.StringSlice{"b", "c", "a"}
	ss.Sort()
	fmt.Println(ss, ss.Len(), ss.Search("b"))
	is := sort.IntSlice{5, 4, 3}
	sort.Sort(is)
	fmt.Println(is, is.Less(0, 1))
	fmt.Println(sort.IntsAreSorted([]int{1, 3, 2}), sort.StringsAreSorted([]string{"a", "b"}))
	fmt.Println(sort.SearchInts([]int{1, 3, 5}, 4), sort.SearchStrings([]string{"a", "c"}, "b"))
	people := []string{"bob", "al", "cy", "di"}
	sort.Stable(byLen(people))
	fmt.Println(people, sort.IsSorted(byLen(people)))
	fmt.Println(sort.SliceIsSorted(people, func(i, j int) bool { return people[i] < people[j] }))
}

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }
