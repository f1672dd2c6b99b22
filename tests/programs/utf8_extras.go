package main

import (
	"fmt"
	"unicode/utf8"
)

// unicode/utf8 functions beyond the core set.
func main() {
	r, size := utf8.DecodeLastRuneInString("abc中")
	fmt.Printf("last: %c %d\n", r, size)
	r, size = utf8.DecodeRune([]byte("ñx"))
	fmt.Printf("bytes: %c %d\n", r, size)
	buf := make([]byte, 0, 16)
	for _, r := range []rune{'A', 'ß', '€', '🎉'} {
		var tmp [4]byte
		n := utf8.EncodeRune(tmp[:], r)
		buf = append(buf, tmp[:n]...)
		fmt.Printf("%c encodes to % x\n", r, tmp[:n])
	}
	fmt.Println(string(buf), len(buf), utf8.RuneCount(buf))
	fmt.Println(utf8.FullRuneInString("\xe4\xb8"), utf8.FullRuneInString("\xe4\xb8\xad"))
	fmt.Println(utf8.RuneStart(0xe4), utf8.RuneStart(0xb8), utf8.ValidRune(0xd800), utf8.ValidRune('x'))
	out := utf8.AppendRune(nil, 'ü')
	fmt.Println(out, string(out))
	fmt.Println(utf8.Valid([]byte("ok")), utf8.Valid([]byte{0xff}))
	var tmp [4]byte
	n := utf8.EncodeRune(tmp[:], 0xd800)
	fmt.Println(n, tmp[:n])
}
