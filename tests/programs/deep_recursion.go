package main

import "fmt"

func sumTo(n int) int {
	if n == 0 {
		return 0
	}
	return n + sumTo(n-1)
}

type Big struct {
	A [16]int
}

func depthWithFrame(n int, b Big) int {
	if n == 0 {
		return b.A[0] + b.A[15]
	}
	b.A[n%16]++
	return depthWithFrame(n-1, b)
}

func countDown(n int, acc int64) int64 {
	if n == 0 {
		return acc
	}
	return countDown(n-1, acc*3%1000003)
}

func main() {
	fmt.Println(sumTo(10))
	fmt.Println(sumTo(100000))
	fmt.Println(sumTo(20000) - sumTo(19999))
	var b Big
	fmt.Println(depthWithFrame(10000, b))
	fmt.Println(countDown(100000, 1))
}
