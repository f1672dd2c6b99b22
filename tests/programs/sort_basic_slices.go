package main

import (
	"fmt"
	"sort"
)

func main() {
	ints := []int{5, 2, 8, -1, 0, 2, 99, -50, 7}
	sort.Ints(ints)
	fmt.Println(ints, len(ints))

	strs := []string{"banana", "Apple", "cherry", "apple", "", "Banana", "äpfel", "123"}
	sort.Strings(strs)
	fmt.Printf("%q\n", strs)

	fl := []float64{3.5, -1.25, 2, 0, 1e-9, -1e9, 2}
	sort.Float64s(fl)
	fmt.Println(fl)

	var empty []int
	sort.Ints(empty)
	fmt.Println(empty, len(empty))
	one := []string{"solo"}
	sort.Strings(one)
	fmt.Println(one)

	sub := []int{9, 8, 7, 6, 5, 4, 3}
	sort.Ints(sub[2:5])
	fmt.Println(sub)

	big := make([]int, 200)
	for i := range big {
		big[i] = (i * 7919) % 211
	}
	sort.Ints(big)
	ok := true
	for i := 1; i < len(big); i++ {
		if big[i-1] > big[i] {
			ok = false
		}
	}
	fmt.Println(big[:10], big[190:], ok)

	words := []string{"delta", "alpha", "charlie", "bravo", "echo"}
	sorted := make([]string, len(words))
	copy(sorted, words)
	sort.Strings(sorted)
	fmt.Println(words)
	fmt.Println(sorted)
	dup := []string{"b", "a", "b", "a"}
	sort.Strings(dup)
	fmt.Println(dup)
}
