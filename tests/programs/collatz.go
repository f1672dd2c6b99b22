package main

import "fmt"

func collatzLen(n int64) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	for i := int64(1); i <= 10; i++ {
		fmt.Print(collatzLen(i), " ")
	}
	fmt.Println()
	best, bestN := 0, int64(0)
	for n := int64(1); n < 30000; n++ {
		l := collatzLen(n)
		if l > best {
			best, bestN = l, n
		}
	}
	fmt.Println("longest below 30000:", bestN, best)
	n := int64(27)
	peak := n
	for n != 1 {
		if n&1 == 0 {
			n >>= 1
		} else {
			n = n*3 + 1
		}
		if n > peak {
			peak = n
		}
	}
	fmt.Println("peak of 27:", peak)
}
