package main

import "fmt"

func main() {
	runes := []rune{'A', 'z', '0', ' ', '\t', 'é', 'ß', '中', '😀', 0x7f, 0x10FFFF, 0xD800, -1, 0x110000}
	for _, r := range runes {
		fmt.Printf("%d|%c|%q|%+q|%U|%#U|%x\n", r, r, r, r, r, r, r)
	}
	fmt.Printf("%c%c%c%c\n", 72, 105, 0x263A, 33)
	fmt.Printf("%q\n", []rune("héllo"))
	fmt.Printf("%c\n", []rune("abc"))
	fmt.Printf("%U\n", []rune("añ"))
	fmt.Printf("%q %q %q\n", "\a\b\f\v", "\u2028", "ü\u0300")
	fmt.Printf("%+q %#q %#+q\n", "日本", "日本", "日本")
	fmt.Printf("%q %+q\n", "\x80abc", "\U0001F600")
	fmt.Printf("%x % x %X\n", "日本", "日本", []byte("é"))
	var b byte = 'q'
	fmt.Printf("%c %q %v %d\n", b, b, b, b)
	fmt.Printf("%5c|%-5c|\n", 'é', '中')
	fmt.Printf("%08q|%-8q|\n", 'a', 'b')
}
