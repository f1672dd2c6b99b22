package main

import (
	"fmt"
	"strings"
)

// Less common strings functions, beyond the core set.
func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.LastIndex(s, "the"), strings.IndexByte(s, 'q'), strings.IndexRune("héllo", 'l'))
	fmt.Println(strings.IndexAny(s, "xyz"), strings.ContainsRune(s, 'j'), strings.ContainsAny(s, "!?"))
	fmt.Println(strings.Count(s, "o"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.TrimPrefix(s, "the "), "|", strings.TrimPrefix(s, "xyz")[:3])
	fmt.Println(strings.TrimSuffix("file.tar.gz", ".gz"), strings.TrimSuffix("file", ".gz"))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.EqualFold("GoLang", "golang"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", -1))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.Trim("xxhixx", "x"))
	fmt.Printf("%q\n", strings.Trim("abcHELLOcba", "abc"))
	fmt.Printf("%q\n", strings.TrimLeft("0001200", "0"))
	fmt.Printf("%q\n", strings.TrimRight("0001200", "0"))
	fmt.Printf("%q\n", strings.Trim("¡¡Hola!!", "!¡"))
	fmt.Println(strings.ReplaceAll("oink oink", "o", "0"), strings.ReplaceAll("aaaa", "aa", "b"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == ' ' {
			return -1
		}
		return r
	}, "banana split"))
}
