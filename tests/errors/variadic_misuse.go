package main

import "fmt"

func pair(a, b int) int { return a + b }

func sum(nums ...int) int { return len(nums) }

func main() {
	s := []int{1, 2}
	fmt.Println(pair(s...))
	fmt.Println(sum(1, s...))
	strs := []string{"a"}
	fmt.Println(sum(strs...))
}
