package main

import "fmt"

func main() {
	s := "Hello, Go!"
	fmt.Println(len(s), s[0], s[7], s[len(s)-1])
	fmt.Println(string(s[0]), string(s[4]))
	var b byte = s[1]
	b -= 32
	fmt.Println(b, string(b))
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a")
	fmt.Println("abc" == "ab"+"c", "abc" != "abc", "b" > "abc", "abc" >= "abc", "abc" <= "abb")
	u := "héllo"
	fmt.Println(len(u), u[1], u[2])
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] == 'o' {
			count++
		}
	}
	fmt.Println("o count:", count)
	empty := ""
	fmt.Println(len(empty), empty == "", len("日本語"))
	x := "a" + "b" + "c"
	y := "abc"
	fmt.Println(x == y)
	z := x
	x = "q"
	fmt.Println(x, y, z)
	// upper-case by byte arithmetic
	up := ""
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' {
			c = c - 'a' + 'A'
		}
		up += string(c)
	}
	fmt.Println(up)
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(233)))
	var r rune = 'é'
	fmt.Println(r, string(r))
	fmt.Println("tab\tquote\"back\\slash", `raw\n`, "\x41\u00e9")
	fmt.Println(min("pear", "apple", "zoo"), max("pear", "apple", "zoo"))
	const cs = "constant"
	fmt.Println(len(cs), cs[3])
}
