// unicode/utf8 functions only read their arguments: the string and the
// byte slice passed to them do not escape.
package main

import (
	"fmt"
	"unicode/utf8"
)

func widths(s string) []int {
	var out []int
	for len(s) > 0 {
		_, size := utf8.DecodeRuneInString(s)
		out = append(out, size)
		s = s[size:]
	}
	return out
}

func encode(r rune) int {
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, r)
	return n + utf8.RuneCount(buf[:n])
}

func main() {
	fmt.Println(widths("aé日"), encode('€'), utf8.RuneCountInString("héllo"))
}
