package main

import "fmt"

func dump(s string) {
	n := 0
	for i, r := range s {
		fmt.Print(i, ":", r, " ")
		n++
	}
	fmt.Println("|", n, len(s))
}

func main() {
	dump("abc")
	dump("\xff")
	dump("a\xffb\xfe")
	dump("\xc0\x80")          // overlong NUL
	dump("\xc1\xbf")          // overlong
	dump("\xe0\x80\xaf")      // overlong 3-byte
	dump("\xed\xa0\x80")      // surrogate
	dump("\xed\x9f\xbf")      // U+D7FF valid
	dump("\xf4\x8f\xbf\xbf")  // U+10FFFF valid
	dump("\xf4\x90\x80\x80")  // above U+10FFFF
	dump("\xf0\x80\x80\x80")  // overlong 4-byte
	dump("\xe2\x82")          // truncated
	dump("\xe2\x82\xac")      // euro sign
	dump("\xe2\x82x")         // truncated then ascii
	dump("\xf0\x9f\x98")      // truncated 4-byte
	dump("\x80\x80\x80")      // lone continuation bytes
	dump("\xf8\x88\x80\x80\x80") // 5-byte form
	dump("é\xc3")
	dump("")
	// index only
	k := 0
	for i := range "a\xe2\x82\xacb\xff" {
		k = k*10 + i
	}
	fmt.Println(k)
	// runes rebuilt into a string
	out := ""
	for _, r := range "ok\xffok\xed\xbf\xbf" {
		out += string(r)
	}
	fmt.Println(out, len(out))
	// the value of an invalid byte is RuneError, never the raw byte
	for _, r := range "\x80" {
		fmt.Println(r == 0xFFFD, r == 0x80)
	}
	// a string with a NUL
	for i, r := range "a\x00b" {
		fmt.Print(i, r, " ")
	}
	fmt.Println()
}
