package main

import "fmt"

func main() {
	s := "hello"
	for i := 0; i <= len(s); i++ {
		fmt.Printf("%q %q\n", s[:i], s[i:])
	}
	u := "héllo"
	for i := 0; i <= len(u); i++ {
		fmt.Printf("%d %q %d\n", i, u[i:], len(u[i:]))
	}
	fmt.Println(u[1:3] == "é", u[1:2] == "\xc3")
	b := u[:0]
	fmt.Println(len(b), b == "")
	end := len(s) + 2
	fmt.Println("slicing string to", end)
	fmt.Println(s[1:end])
	fmt.Println("unreachable")
}
