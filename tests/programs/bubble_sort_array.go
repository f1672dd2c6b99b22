package main

import "fmt"

const N = 12

func sortByValue(a [N]int) [N]int {
	for i := 0; i < N; i++ {
		for j := 0; j < N-1-i; j++ {
			if a[j] > a[j+1] {
				a[j], a[j+1] = a[j+1], a[j]
			}
		}
	}
	return a
}

func sortInPlace(a *[N]int) int {
	swaps := 0
	for i := 1; i < N; i++ {
		for j := i; j > 0 && a[j-1] < a[j]; j-- {
			a[j-1], a[j] = a[j], a[j-1]
			swaps++
		}
	}
	return swaps
}

func binarySearch(a *[N]int, x int) int {
	lo, hi := 0, N-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch {
		case a[mid] == x:
			return mid
		case a[mid] < x:
			lo = mid + 1
		default:
			hi = mid - 1
		}
	}
	return -1
}

func main() {
	var a [N]int
	seed := uint32(12345)
	for i := 0; i < N; i++ {
		seed = seed*1103515245 + 12345
		a[i] = int(seed>>16) % 100
	}
	fmt.Println("orig:  ", a)
	s := sortByValue(a)
	fmt.Println("sorted:", s)
	fmt.Println("orig:  ", a)
	fmt.Println("found", s[7], "at", binarySearch(&s, s[7]), "missing:", binarySearch(&s, 1000))
	sw := sortInPlace(&a)
	fmt.Println("desc:  ", a, "swaps", sw)
}
