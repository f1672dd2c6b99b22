package main

import (
	"fmt"
	"strconv"
)

func main() {
	ins := []string{
		"plain", "", "with \"quotes\"", "back\\slash", "tab\tnew\nline", "héllo", "日本語",
		"\x00\x01\x7f", "\xff\xfe", "emoji 😀", "\u2028", "bell\a", "a'b", "`raw`",
	}
	for _, s := range ins {
		q := strconv.Quote(s)
		fmt.Println(q, len(q))
	}
	fmt.Println(strconv.Quote("x") == fmt.Sprintf("%q", "x"))
	fmt.Println(strconv.Quote(strconv.Quote("nested")))
	fmt.Println(strconv.Quote(string([]byte{'a', 0xc3})), strconv.Quote("\u00e9"+"\u0301"))
	fmt.Printf("%s|%v\n", strconv.Quote("s"), strconv.Quote("\r\v\f\b"))
}
