package main

import (
	"fmt"
	"os"
)

func work(n int) int {
	s := 0
	for i := 1; i <= n; i++ {
		s += i
	}
	return s
}

func main() {
	fmt.Println("sum:", work(100))
	if work(10) == 55 {
		fmt.Println("exiting with 3")
		os.Exit(3)
	}
	fmt.Println("unreachable")
}
