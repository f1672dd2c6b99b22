package main

import (
	"fmt"
	"sort"
)

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"Alice", 30}, {"Bob", 25}, {"Carol", 35}, {"Dan", 20}, {"Eve", 28}}
	sort.Slice(people, func(i, j int) bool { return people[i].Age < people[j].Age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Name > people[j].Name })
	fmt.Println(people)

	// Multi-key sort with a total order.
	recs := []Person{{"x", 2}, {"a", 1}, {"b", 2}, {"c", 1}, {"a", 2}}
	sort.Slice(recs, func(i, j int) bool {
		if recs[i].Age != recs[j].Age {
			return recs[i].Age > recs[j].Age
		}
		return recs[i].Name < recs[j].Name
	})
	fmt.Println(recs)

	nums := []int{15, 3, 22, 8, 41, 16}
	sort.Slice(nums, func(i, j int) bool {
		ri, rj := nums[i]%10, nums[j]%10
		if ri != rj {
			return ri < rj
		}
		return nums[i] < nums[j]
	})
	fmt.Println(nums)

	words := []string{"kiwi", "fig", "banana", "apple", "date"}
	sort.Slice(words, func(i, j int) bool {
		if len(words[i]) != len(words[j]) {
			return len(words[i]) < len(words[j])
		}
		return words[i] < words[j]
	})
	fmt.Println(words)

	pts := [][2]int{{3, 1}, {1, 2}, {2, 2}, {1, 1}}
	sort.Slice(pts, func(i, j int) bool {
		if pts[i][0] != pts[j][0] {
			return pts[i][0] < pts[j][0]
		}
		return pts[i][1] < pts[j][1]
	})
	fmt.Println(pts)

	big := make([]int, 100)
	for i := range big {
		big[i] = (i * 37) % 101
	}
	sort.Slice(big, func(i, j int) bool { return big[i] > big[j] })
	fmt.Println(big[:8], big[95:])
}
