// Small recursive functions: gc may inline a recursive function into its
// callers (and into itself once); results must be unchanged.
package main

import "fmt"

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

// Mutual recursion.
func even(n int) bool {
	if n == 0 {
		return true
	}
	return odd(n - 1)
}

func odd(n int) bool {
	if n == 0 {
		return false
	}
	return even(n - 1)
}

func sumTo(n int, acc int) int {
	if n == 0 {
		return acc
	}
	return sumTo(n-1, acc+n)
}

func main() {
	for i := 0; i <= 10; i++ {
		fmt.Print(fact(i), " ")
	}
	fmt.Println()
	for i := 0; i <= 20; i++ {
		fmt.Print(fib(i), " ")
	}
	fmt.Println()
	fmt.Println(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(48, 18))
	fmt.Println(even(10), odd(10), even(7), odd(7))
	fmt.Println(sumTo(100, 0), sumTo(1000, 0))
	fmt.Println(fact(20), fib(25))
}
