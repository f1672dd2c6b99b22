package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "the quick brown fox jumps over the lazy dog"
	fmt.Println(strings.Contains(s, "fox"), strings.Contains(s, "cat"), strings.Contains(s, ""), strings.Contains("", ""))
	fmt.Println(strings.Index(s, "the"), strings.Index(s[1:], "the"), strings.Index(s, "zzz"), strings.Index(s, ""))
	fmt.Println(strings.Index(s, "q"), strings.Index("héllo", "l"), strings.Index("日本語", "語"), strings.Index("", "a"))
	fmt.Println(strings.Contains("日本語", "本"), strings.Contains("abc", "abcd"), strings.Index("aaab", "ab"))

	fmt.Println(strings.HasPrefix(s, "the "), strings.HasPrefix(s, "quick"), strings.HasPrefix(s, ""))
	fmt.Println(strings.HasSuffix(s, "dog"), strings.HasSuffix(s, "cat"), strings.HasSuffix("", ""))
	fmt.Println(strings.HasPrefix("go", "gopher"), strings.HasSuffix("er", "gopher"), strings.HasPrefix("日本", "日"))

	files := []string{"main.go", "main_test.go", "README.md", "go.mod", "util.go"}
	var goFiles, tests []string
	for _, f := range files {
		if strings.HasSuffix(f, ".go") {
			goFiles = append(goFiles, f)
			if strings.HasSuffix(f, "_test.go") {
				tests = append(tests, f)
			}
		}
	}
	fmt.Println(goFiles, tests)

	// Find all occurrences.
	var pos []int
	for i := 0; ; {
		j := strings.Index(s[i:], "o")
		if j < 0 {
			break
		}
		pos = append(pos, i+j)
		i += j + 1
	}
	fmt.Println(pos)

	cut := func(s, sep string) (string, string, bool) {
		if i := strings.Index(s, sep); i >= 0 {
			return s[:i], s[i+len(sep):], true
		}
		return s, "", false
	}
	before, after, found := cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
}
