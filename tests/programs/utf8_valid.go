package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

func sanitize(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var sb strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			sb.WriteString("?")
		} else {
			sb.WriteString(s[i : i+size])
		}
		i += size
	}
	return sb.String()
}

func main() {
	cases := []string{"", "ascii", "héllo", "日本", "bad\xff", "\xc3\xa9", "\xc3", "\xed\xa0\x80", "\xef\xbf\xbd", "a\x00b", "\xf4\x90\x80\x80"}
	for _, c := range cases {
		fmt.Printf("%-22q valid=%-5v sanitized=%q\n", c, utf8.ValidString(c), sanitize(c))
	}
	fmt.Println(utf8.ValidString(string([]byte("ok"))), utf8.ValidString(string([]byte{0xff})))
	invalidCount := 0
	for _, c := range cases {
		if !utf8.ValidString(c) {
			invalidCount++
		}
	}
	fmt.Println("invalid", invalidCount, "of", len(cases))
	joined := strings.Join(cases, "|")
	fmt.Println(utf8.ValidString(joined), utf8.RuneCountInString(joined), len(joined))
}
