package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Println(strings.ToUpper("Hello, World! 123"), strings.ToLower("Hello, World! 123"))
	fmt.Println(strings.ToUpper("héllo ß straße"), strings.ToLower("ÀÉÎ ÕÜ"))
	fmt.Println(strings.ToUpper(""), strings.ToLower("already lower"))

	s := "oink oink oink"
	fmt.Println(strings.Replace(s, "k", "ky", 2))
	fmt.Println(strings.Replace(s, "oink", "moo", -1))
	fmt.Println(strings.Replace(s, "oink", "moo", 0))
	fmt.Println(strings.Replace(s, "o", "0", -1))
	fmt.Println(strings.Replace("abc", "", "-", -1))
	fmt.Println(strings.Replace("abc", "", "-", 2))
	fmt.Println(strings.Replace("aaaa", "aa", "b", -1))
	fmt.Println(strings.Replace("héllo", "é", "e", -1))
	fmt.Println(strings.Replace("none here", "x", "y", -1))

	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("-", 10), strings.Repeat("x", 0) == "")
	fmt.Println(len(strings.Repeat("日", 4)))

	camel := "parseHTTPRequestBody"
	var out []string
	start := 0
	for i := 1; i < len(camel); i++ {
		if camel[i] >= 'A' && camel[i] <= 'Z' && camel[i-1] >= 'a' && camel[i-1] <= 'z' {
			out = append(out, strings.ToLower(camel[start:i]))
			start = i
		}
	}
	out = append(out, strings.ToLower(camel[start:]))
	fmt.Println(strings.Join(out, "_"))

	title := func(s string) string {
		words := strings.Fields(s)
		for i, w := range words {
			words[i] = strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
		}
		return strings.Join(words, " ")
	}
	fmt.Println(title("the gO proGRAMMING language"))
	fmt.Println(strings.ToUpper(strings.Replace("banana split", " ", "", -1)[:3]))
}
