package main

import "fmt"

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

// Hofstadter female and male sequences.
func hofF(n int) int {
	if n == 0 {
		return 1
	}
	return n - hofM(hofF(n-1))
}

func hofM(n int) int {
	if n == 0 {
		return 0
	}
	return n - hofF(hofM(n-1))
}

func main() {
	for i := 0; i < 8; i++ {
		fmt.Println(i, isEven(i), isOdd(i))
	}
	fmt.Println(isEven(1001), isOdd(1001))
	for i := 0; i < 20; i++ {
		fmt.Print(hofF(i), " ")
	}
	fmt.Println()
	for i := 0; i < 20; i++ {
		fmt.Print(hofM(i), " ")
	}
	fmt.Println()
}
