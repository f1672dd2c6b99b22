package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(0x1F600)))
	var r rune = 'z'
	fmt.Println(string(r), string(r-25))
	var b byte = 'Q'
	fmt.Println(string(b), string(rune(b)+1))
	for _, n := range []int{-1, 0xD800, 0x10FFFF, 0x110000} {
		s := string(rune(n))
		fmt.Printf("%d -> %q len=%d\n", n, s, len(s))
	}
	n := 42
	fmt.Println(string(rune(n)), strconv.Itoa(n), fmt.Sprint(n))
	var i64 int64 = 0x263A
	fmt.Println(string(rune(i64)))
	var u8 uint8 = 200
	fmt.Printf("%q\n", string(rune(u8)))

	alphabet := ""
	for c := 'a'; c <= 'z'; c += 5 {
		alphabet += string(c)
	}
	fmt.Println(alphabet)

	digits := ""
	for d := 0; d < 10; d++ {
		digits += string(rune('0' + d))
	}
	fmt.Println(digits, len(digits))

	caesar := func(s string, k rune) string {
		out := []rune{}
		for _, c := range s {
			if c >= 'a' && c <= 'z' {
				c = 'a' + (c-'a'+k)%26
			}
			out = append(out, c)
		}
		return string(out)
	}
	enc := caesar("hello, world", 3)
	fmt.Println(enc, caesar(enc, 23))
	fmt.Println(string(rune(0)) == "\x00", len(string(rune(0))))
}
