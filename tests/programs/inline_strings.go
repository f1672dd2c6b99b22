// String building inside inlinable functions: concatenation, byte and rune
// conversion, strings.Builder, Sprintf, and results reused across calls.
package main

import (
	"fmt"
	"strings"
)

func greet(name string) string { return "hello, " + name + "!" }

func repeatJoin(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		if i > 0 {
			out += "-"
		}
		out += s
	}
	return out
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	b := []byte(s)
	if b[0] >= 'a' && b[0] <= 'z' {
		b[0] -= 'a' - 'A'
	}
	return string(b)
}

func build(parts []string) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(p)
	}
	return sb.String()
}

func pad(s string, w int) string {
	return fmt.Sprintf("[%*s]", w, s)
}

func main() {
	fmt.Println(greet("world"), greet(""))
	fmt.Println(repeatJoin("ab", 3), repeatJoin("x", 0), len(repeatJoin("xyz", 10)))
	fmt.Println(reverse("hello"), reverse("héllo wörld"), reverse(""))
	fmt.Println(upperFirst("go"), upperFirst("Go"), upperFirst(""), upperFirst("1x"))
	fmt.Println(build([]string{"a", "b", "c"}), build(nil))
	fmt.Println(pad("x", 4), pad("long", 2))
	acc := ""
	for i := 0; i < 5; i++ {
		acc = reverse(acc + string(rune('a'+i)))
	}
	fmt.Println(acc)
	words := strings.Fields(" the quick  brown fox ")
	for i, w := range words {
		words[i] = upperFirst(reverse(w))
	}
	fmt.Println(build(words))
	s := greet("a")
	t := s
	s += "?"
	fmt.Println(s, t)
}
