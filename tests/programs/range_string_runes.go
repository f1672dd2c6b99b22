package main

import "fmt"

func main() {
	for i, r := range "héllo, 世界" {
		fmt.Println(i, r, string(r))
	}
	n := 0
	for range "日本語" {
		n++
	}
	fmt.Println("runes:", n, "bytes:", len("日本語"))
	s := "abc"
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	sum := 0
	for _, r := range "abcdef" {
		sum += int(r)
	}
	fmt.Println("sum:", sum)
	// invalid UTF-8 byte yields U+FFFD
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Println(i, r)
	}
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(last, string(last))
	word := "naïve"
	out := ""
	for _, r := range word {
		out = string(r) + out
	}
	fmt.Println(out)
}
