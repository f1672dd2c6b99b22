package main

import "fmt"

func toBase(n uint64, base uint64) string {
	const digits = "0123456789abcdefghijklmnopqrstuvwxyz"
	if n == 0 {
		return "0"
	}
	s := ""
	for n > 0 {
		s = string(digits[n%base]) + s
		n /= base
	}
	return s
}

func digitSum(n int) int {
	if n < 0 {
		n = -n
	}
	s := 0
	for ; n > 0; n /= 10 {
		s += n % 10
	}
	return s
}

func isPalindrome(n int) bool {
	rev, orig := 0, n
	for n > 0 {
		rev = rev*10 + n%10
		n /= 10
	}
	return rev == orig
}

func main() {
	fmt.Println(toBase(255, 2), toBase(255, 16), toBase(255, 8), toBase(35, 36))
	fmt.Println(toBase(18446744073709551615, 16), toBase(18446744073709551615, 10))
	fmt.Println(toBase(1<<63, 2))
	fmt.Println(0x1F, 0o17, 017, 0b1011, 1_000_000, 0x_FF)
	fmt.Println(digitSum(987654321), digitSum(-1234))
	pals := 0
	for i := 100; i < 1000; i++ {
		if isPalindrome(i) {
			pals++
		}
	}
	fmt.Println("3-digit palindromes:", pals)
	armstrong := ""
	for i := 100; i < 1000; i++ {
		a, b, c := i/100, i/10%10, i%10
		if a*a*a+b*b*b+c*c*c == i {
			armstrong += toBase(uint64(i), 10) + " "
		}
	}
	fmt.Println("armstrong:", armstrong)
}
