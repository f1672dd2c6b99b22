// s += t allocates at run time, but escape analysis treats it as the
// assignment s = t: no line is printed for it, and t flows into s (here
// the parameter s leaks to the result).
package main

import "fmt"

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func count(words []string) int {
	all := ""
	for _, w := range words {
		all += w
	}
	return len(all)
}

func main() {
	fmt.Println(repeat("ab", 3), count([]string{"x", "yz"}))
}
