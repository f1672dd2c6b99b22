package main

import "fmt"

func main() {
	bad := "a\xffb\xc3(c\xe2\x82d\xed\xa0\x80e"
	fmt.Println(len(bad))
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(rs))
	fmt.Printf("%q\n", string(rs))
	fmt.Printf("%q\n", bad)
	fmt.Printf("%x\n", string(rs))

	count := 0
	for _, r := range bad {
		if r == '\uFFFD' {
			count++
		}
	}
	fmt.Println("replacement chars:", count)

	// A real U+FFFD in the input is indistinguishable in the rune stream.
	real := "x\uFFFDy"
	for i, r := range real {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println(len(real))

	b := []byte{0xf0, 0x9f, 0x98}
	for i, r := range string(b) {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	bs := []byte(string(rs))
	fmt.Println(len(bs), bs[:4])
	fmt.Println(string([]byte{0xc3, 0xa9}) == "é", string(rune(0xe9)) == "é")
	trunc := "日本語"[:4]
	fmt.Printf("%q %d\n", trunc, len([]rune(trunc)))
}
