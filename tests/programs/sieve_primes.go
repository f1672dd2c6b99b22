package main

import "fmt"

const N = 10000

var composite [N + 1]bool

func sieve() int {
	count := 0
	for i := 2; i <= N; i++ {
		if composite[i] {
			continue
		}
		count++
		for j := i * i; j <= N; j += i {
			composite[j] = true
		}
	}
	return count
}

func isPrimeTrial(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func main() {
	fmt.Println("primes up to", N, "=", sieve())
	var first [20]int
	k := 0
	for i := 2; k < 20; i++ {
		if !composite[i] {
			first[k] = i
			k++
		}
	}
	fmt.Println(first)
	mismatch := 0
	for i := 0; i <= 2000; i++ {
		sv := i >= 2 && !composite[i]
		if sv != isPrimeTrial(i) {
			mismatch++
		}
	}
	fmt.Println("mismatches:", mismatch)
	largest := 0
	for i := N; i >= 2; i-- {
		if !composite[i] {
			largest = i
			break
		}
	}
	fmt.Println("largest:", largest)
}
