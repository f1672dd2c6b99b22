package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	s := "aé中😀"
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		fmt.Printf("at %d: %c %U size=%d\n", i, r, r, size)
		i += size
	}
	r, size := utf8.DecodeRuneInString("")
	fmt.Println(r, size, r == utf8.RuneError)
	bad := []string{"\xff", "\xc3", "\xc3(", "\xe2\x82", "\xed\xa0\x80", "\xf8\x88\x80\x80\x80", "\xc0\x80"}
	for _, b := range bad {
		r, size := utf8.DecodeRuneInString(b)
		fmt.Printf("%q -> %U size=%d\n", b, r, size)
	}
	// Decoding the first rune of a string that continues after an error.
	mixed := "\xffé\xe4\xb8x"
	var decoded []rune
	var sizes []int
	for i := 0; i < len(mixed); {
		r, size := utf8.DecodeRuneInString(mixed[i:])
		decoded = append(decoded, r)
		sizes = append(sizes, size)
		i += size
	}
	fmt.Println(decoded, sizes)
	// Decoding agrees with range over the string.
	agree := true
	j := 0
	for i, r := range mixed {
		r2, _ := utf8.DecodeRuneInString(mixed[i:])
		if r != r2 || decoded[j] != r {
			agree = false
		}
		j++
	}
	fmt.Println("agree with range:", agree, j == len(decoded))
	r, size = utf8.DecodeRuneInString("\U0010FFFF rest")
	fmt.Printf("%U %d %v\n", r, size, r == utf8.MaxRune)
}
