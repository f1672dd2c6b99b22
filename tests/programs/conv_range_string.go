package main

import "fmt"

func main() {
	s := "Go→世界!"
	for i, r := range s {
		fmt.Printf("%d %c %d\n", i, r, len(string(r)))
	}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()
	cnt := 0
	for range s {
		cnt++
	}
	fmt.Println(cnt, len(s))

	var upper, lower, other int
	for _, r := range "Hello World ÄÖ 123" {
		switch {
		case r >= 'A' && r <= 'Z':
			upper++
		case r >= 'a' && r <= 'z':
			lower++
		default:
			other++
		}
	}
	fmt.Println(upper, lower, other)

	freq := map[rune]int{}
	for _, r := range "abracadabra" {
		freq[r]++
	}
	fmt.Println(freq)

	// The string expression is evaluated once.
	str := "abc"
	for i, r := range str {
		str = "zzzzzz"
		fmt.Print(i, string(r), " ")
	}
	fmt.Println(str)

	byteAt := "héllo"[1]
	fmt.Println(byteAt, string(byteAt), "héllo"[1:3])
	var last rune
	for _, last = range "xyz" {
	}
	fmt.Println(string(last))
	for i, c := range []byte("hé") {
		fmt.Print(i, ":", c, " ")
	}
	fmt.Println()
}
