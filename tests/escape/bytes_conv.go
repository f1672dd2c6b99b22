// []byte(s) copies the string: it does not escape when local (and, when
// the bytes are never written, gc notes a zero-copy conversion), escapes
// when returned.
package main

import "fmt"

func countA(s string) int {
	n := 0
	for _, c := range []byte(s) {
		if c == 'a' {
			n++
		}
	}
	return n
}

func upperFirst(s string) string {
	b := []byte(s)
	b[0] -= 32
	return string(b)
}

func raw(s string) []byte {
	return []byte(s)
}

func main() {
	fmt.Println(countA("banana"), upperFirst("go"), len(raw("abc")))
}
