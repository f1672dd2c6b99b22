package main

import "fmt"

func cmp(a, b string) {
	fmt.Println(len(a), len(b), a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("a", "a\x00")
	cmp("a\x00", "a")
	cmp("a\x00b", "a\x00c")
	cmp("a\x00c", "a\x00b")
	cmp("\x00", "")
	cmp("", "")
	cmp("\xff", "a")
	cmp("\x80", "\x7f")
	cmp("abc", "abd")
	cmp("abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz0123456788")
	cmp("abcdefghijklmnopqrstuvwxyz0123456789", "abcdefghijklmnopqrstuvwxyz012345678")
	cmp("ab", "abc")
	cmp("Z", "a")
	cmp("é", "z")
	// strings built at run time with equal contents
	x := "hel"
	y := x + "lo"
	z := "hello"
	fmt.Println(y == z, y < z, y >= z)
	w := ""
	for i := 0; i < 5; i++ {
		w += string(z[i])
	}
	fmt.Println(w == z, w == y)
	n := "a\x00"
	m := "a" + string(rune(0))
	fmt.Println(n == m, len(m), m[1])
	// concatenation with empty strings
	e := ""
	fmt.Println(e+e == "", e+z+e == z, len(e+e))
	// comparison in a sorted insertion
	words := [8]string{"b\x00", "b", "a\xff", "a", "", "\x00", "ab", "a\x00"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, s := range words {
		fmt.Print(len(s), ":")
		for k := 0; k < len(s); k++ {
			fmt.Print(s[k], ",")
		}
		fmt.Print(" ")
	}
	fmt.Println()
	// printing a string with a NUL keeps it
	fmt.Println("x\x00y", len("x\x00y"))
	// switch on strings with shared prefixes
	for _, s := range [4]string{"ab", "abc", "ab\x00", "a"} {
		switch s {
		case "a":
			fmt.Print("A ")
		case "ab":
			fmt.Print("AB ")
		case "abc":
			fmt.Print("ABC ")
		default:
			fmt.Print("other ")
		}
	}
	fmt.Println()
	// min and max of strings
	fmt.Println(min("b", "a\x00", "a"), max("a", "a\x00", "\x00"), len(min("b", "a\x00", "a")))
}
