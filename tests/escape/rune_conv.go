// []rune(s), string(runes) and string(r) for a single rune are all
// allocation sites of their own.
package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func runeCount(s string) int {
	return len([]rune(s))
}

func letter(r rune) string {
	return string(r)
}

func main() {
	fmt.Println(reverse("héllo"), runeCount("日本語"), letter('λ'))
}
