package main

import "fmt"

func main() {
	s := "héllo"
	fmt.Printf("%s|%v|%q|%x|%X|% x|%#x\n", s, s, s, s, s, s, s)
	fmt.Printf("[%10s][%-10s][%.2s][%10.3s][%-6.1s]\n", s, s, s, s, s)
	fmt.Printf("%q|%+q|%#q|%#q\n", "tab\there", "é\n", "raw`s", "raw")
	fmt.Printf("%q\n", "\x00\x7f\xff bad")
	fmt.Printf("%s|%q\n", "", "")
	fmt.Printf("[%5q][%-8q]\n", "a", "b")
	fmt.Printf("%x|% X|%#x\n", "", "hi", "hi")
	fmt.Printf("%s %s\n", []string{"a", "b"}, [2]string{"c", "d"})
	fmt.Printf("%q\n", []string{"a b", "c\"d"})
	fmt.Printf("%x\n", []string{"ab", "cd"})
	fmt.Printf("%5s|\n", []string{"x", "y"})
	fmt.Printf("%s|%v|%q\n", []byte("bytes"), []byte("ab"), []byte("q\n"))
	fmt.Printf("%.3s|%.10s|%.0s|\n", "日本語日本語", "short", "gone")
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%U %#U\n", '⌘', 'a')
	fmt.Printf("%v %d\n", "str", "str")
	fmt.Printf("%t %t\n", true, false)
	fmt.Printf("[%6t][%-6t]\n", true, false)
	fmt.Printf("%v %s\n", true, true)
	type Name string
	fmt.Printf("%s %q %v %x\n", Name("nm"), Name("nm"), Name("nm"), Name("nm"))
	fmt.Printf("%*s|%-*s|\n", 6, "r", 6, "l")
	fmt.Printf("%.*s|\n", 2, "abcdef")
	fmt.Printf("%[2]s %[1]s %s\n", "a", "b")
	fmt.Printf("%[1]s %[1]q %[1]x\n", "rep")
	fmt.Printf("100%%|%5%|%-5%|\n")
}
