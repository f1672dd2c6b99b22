package main

import "fmt"

func main() {
	s := "Gopher"
	var b byte = s[0]
	fmt.Println(b, string(b), byte(s[1]), s[1]+1)
	var r rune = rune(s[2])
	fmt.Println(r, string(r+1), 'a', 'a'+1, string('a'+1))
	fmt.Println('\n', '\t', '\\', '\'', '\x7f', '\u00e9', '世')
	var big rune = 0x1F600
	fmt.Println(big, len(string(big)), string(big))
	var hi byte = 0xE9
	fmt.Println(string(hi), len(string(hi)), string(rune(hi)) == string(hi))
	digits := "0123456789"
	n := 0
	for i := 0; i < len(digits); i++ {
		n = n*10 + int(digits[i]-'0')
	}
	fmt.Println(n)
	hex := "0123456789abcdef"
	v := uint32(0xCAFEBABE)
	out := ""
	for i := 0; i < 8; i++ {
		out = string(hex[v&0xF]) + out
		v >>= 4
	}
	fmt.Println(out)
	var c byte = 'z'
	c += 1
	fmt.Println(c, string(c))
	var neg rune = -1
	fmt.Println(string(neg), len(string(neg)))
	var sur rune = 0xD800
	fmt.Println(len(string(sur)))
	var i int = 65
	fmt.Println(string(rune(i)), byte(i+256), rune(i)*2)
	caesar := ""
	msg := "Hello Zz"
	for j := 0; j < len(msg); j++ {
		ch := msg[j]
		if ch >= 'a' && ch <= 'z' {
			ch = 'a' + (ch-'a'+3)%26
		} else if ch >= 'A' && ch <= 'Z' {
			ch = 'A' + (ch-'A'+3)%26
		}
		caesar += string(ch)
	}
	fmt.Println(caesar)
}
