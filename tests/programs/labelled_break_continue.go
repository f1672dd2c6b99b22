package main

import "fmt"

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()
	// find first pair summing to target
	var nums [8]int
	for i := 0; i < 8; i++ {
		nums[i] = i*i - 3*i
	}
	fmt.Println(nums)
	fi, fj := -1, -1
search:
	for i := 0; i < 8; i++ {
		for j := i + 1; j < 8; j++ {
			if nums[i]+nums[j] == 14 {
				fi, fj = i, j
				break search
			}
		}
	}
	fmt.Println("pair:", fi, fj)
	count := 0
L1:
	for a := 0; a < 4; a++ {
	L2:
		for b := 0; b < 4; b++ {
			for c := 0; c < 4; c++ {
				if c > b {
					continue L2
				}
				if a+b+c > 6 {
					continue L1
				}
				count++
			}
		}
	}
	fmt.Println("count:", count)
	n := 0
loop:
	for {
		switch {
		case n >= 10:
			break loop
		case n%2 == 0:
			n += 3
			continue loop
		}
		n++
	}
	fmt.Println("n:", n)
	k := 0
sw:
	switch {
	case true:
		for k = 0; k < 10; k++ {
			if k == 4 {
				break sw
			}
		}
		fmt.Println("unreached")
	}
	fmt.Println("k:", k)
}
