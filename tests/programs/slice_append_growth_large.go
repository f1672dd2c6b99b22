package main

import "fmt"

func main() {
	var s []int
	last := -1
	changes := 0
	for i := 0; i < 5000; i++ {
		s = append(s, i)
		if cap(s) != last {
			changes++
			fmt.Println("len", len(s), "cap", cap(s))
			last = cap(s)
		}
	}
	fmt.Println("changes", changes, "sum", s[0]+s[4999])
	fmt.Println(s[4995:])

	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(len(big), cap(big), big[300])

	huge := make([]int, 1000)
	huge = append(huge, make([]int, 2000)...)
	fmt.Println(len(huge), cap(huge))

	var b []byte
	last = -1
	for i := 0; i < 3000; i++ {
		b = append(b, byte(i))
		if cap(b) != last {
			fmt.Println("bytes len", len(b), "cap", cap(b))
			last = cap(b)
		}
	}
	fmt.Println(b[:4], len(b))
}
