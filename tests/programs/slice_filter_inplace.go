package main

import "fmt"

func filter(s []int, keep func(int) bool) []int {
	out := s[:0]
	for _, v := range s {
		if keep(v) {
			out = append(out, v)
		}
	}
	return out
}

func mapInts(s []int, f func(int) int) []int {
	r := make([]int, 0, len(s))
	for _, v := range s {
		r = append(r, f(v))
	}
	return r
}

func main() {
	nums := []int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}
	backing := nums
	evens := filter(nums, func(n int) bool { return n%2 == 0 })
	fmt.Println(evens, len(evens), cap(evens))
	fmt.Println(backing)

	sq := mapInts(evens, func(n int) int { return n * n })
	fmt.Println(sq, len(sq), cap(sq))

	big := filter(sq, func(n int) bool { return n > 20 })
	fmt.Println(big, len(big))
	none := filter(big, func(n int) bool { return false })
	fmt.Println(none, len(none), cap(none), none == nil)

	words := []string{"go", "", "rust", "", "", "c"}
	n := 0
	for _, w := range words {
		if w != "" {
			words[n] = w
			n++
		}
	}
	words = words[:n]
	fmt.Printf("%q %d\n", words, len(words))

	// reverse in place
	r := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	fmt.Println(r)

	// rotate left by 2 with three reversals
	rot := []int{1, 2, 3, 4, 5, 6, 7}
	rev := func(s []int) {
		for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
			s[i], s[j] = s[j], s[i]
		}
	}
	rev(rot[:2])
	rev(rot[2:])
	rev(rot)
	fmt.Println(rot)

	// chunk
	var chunks [][]int
	data := []int{1, 2, 3, 4, 5, 6, 7}
	for len(data) > 0 {
		k := min(3, len(data))
		chunks = append(chunks, data[:k:k])
		data = data[k:]
	}
	fmt.Println(chunks, len(chunks))
}
