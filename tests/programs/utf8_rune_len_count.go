package main

import (
	"fmt"
	"unicode/utf8"
)

func main() {
	for _, r := range []rune{'a', 0x7f, 0x80, 'é', 0x7ff, 0x800, '中', 0xffff, 0x10000, '😀', 0x10ffff, 0x110000, -1, 0xd800} {
		fmt.Printf("%U len=%d\n", r, utf8.RuneLen(r))
	}
	strs := []string{"", "hello", "héllo", "日本語", "😀👍", "a\xffb", "\xe6\x97", "mixed ascii и кириллица"}
	for _, s := range strs {
		fmt.Printf("%q bytes=%d runes=%d\n", s, len(s), utf8.RuneCountInString(s))
	}
	fmt.Println(utf8.RuneCountInString(string([]byte("héllo"))), utf8.UTFMax, utf8.RuneError, string(utf8.RuneError))

	s := "Hello, 世界!"
	n := 0
	for range s {
		n++
	}
	fmt.Println(n == utf8.RuneCountInString(s), len([]rune(s)))

	// Truncate to at most k runes without splitting a character.
	trunc := func(s string, k int) string {
		i := 0
		for pos := range s {
			if i == k {
				return s[:pos]
			}
			i++
		}
		return s
	}
	for k := 0; k <= 10; k += 3 {
		fmt.Printf("%d:%q ", k, trunc(s, k))
	}
	fmt.Println()
	fmt.Println(utf8.RuneLen('\u00e9')+utf8.RuneLen('e'), len("é"+"e"))
}
