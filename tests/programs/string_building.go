package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func reverse(s string) string {
	r := ""
	for i := len(s) - 1; i >= 0; i-- {
		r += string(s[i])
	}
	return r
}

func main() {
	fmt.Println(repeat("ab", 5))
	fmt.Println(len(repeat("xyz", 100)))
	line := ""
	for i := 1; i <= 10; i++ {
		if i > 1 {
			line += ","
		}
		line += itoa(i * i)
	}
	fmt.Println(line)
	fmt.Println(itoa(-12345), itoa(0), itoa(9876543210))
	fmt.Println(reverse("hello, world"))
	tri := ""
	for i := 1; i <= 5; i++ {
		tri += repeat(" ", 5-i) + repeat("*", 2*i-1) + "\n"
	}
	fmt.Print(tri)
	alpha := ""
	for c := byte('a'); c <= 'z'; c++ {
		alpha += string(c)
	}
	fmt.Println(alpha, len(alpha))
	s := "x"
	for i := 0; i < 10; i++ {
		s = s + s
	}
	fmt.Println(len(s))
	a := "foo"
	b := a
	a += "bar"
	fmt.Println(a, b)
}
