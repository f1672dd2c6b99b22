package main

import "fmt"

func show(s string) {
	fmt.Print(len(s), ":")
	for i := 0; i < len(s); i++ {
		fmt.Print(" ", s[i])
	}
	fmt.Println()
}

func main() {
	runes := [12]rune{65, 0, 0x7F, 0x80, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xFFFD, 0x10FFFF, 0x110000}
	for _, r := range runes {
		show(string(r))
	}
	neg := rune(-1)
	show(string(neg))
	show(string(rune(-2147483648)))
	var b byte = 200
	show(string(b))
	show(string(rune(b)))
	var i8 int8 = -56
	show(string(rune(i8)))
	show(string(rune(uint8(i8))))
	var big int64 = 1<<32 + 65
	show(string(rune(big)))
	show(string(big))
	var ubig uint64 = 1<<63 + 0x41
	show(string(ubig))
	show(string(i8))
	var u16 uint16 = 0xD801
	show(string(rune(u16)))
	var u32 uint32 = 0x1F600
	show(string(rune(u32)))
	fmt.Println(string(rune(0x1F600)) + string(rune(0x263A)) + string(rune(-5)))
	// rune arithmetic
	r := 'a'
	r += 25
	fmt.Println(r, string(r), string(r-32), string('a'+2))
	// indexing yields bytes
	s := "héllo, 世界"
	fmt.Println(len(s), s[1], s[2], string(s[1]), string(rune(s[len(s)-1])))
	var c byte = s[0]
	c += 1
	fmt.Println(c, string(c), s[0] == 'h', s[1] > 127)
	// byte arithmetic wraps
	var z byte = 'z'
	z += 10
	fmt.Println(z, string(z))
	// comparisons of converted runes
	fmt.Println(string(rune(-1)) == "\uFFFD", string(rune(0xD800)) == string(rune(0xDFFF)), string(rune(0x10FFFF)) > string(rune(0xFFFF)))
	// concatenation building
	acc := ""
	for r := rune(0x3B1); r < 0x3B1+5; r++ {
		acc += string(r)
	}
	fmt.Println(acc, len(acc))
}
