// Named results keep their names in leak lines: "to result out".
package main

import "fmt"

func choose(a, b *int, first bool) (out *int) {
	if first {
		out = a
	} else {
		out = b
	}
	return
}

func split(s []byte) (head, rest []byte) {
	return s[:1], s[1:]
}

func main() {
	x, y := 1, 2
	h, r := split([]byte("abc"))
	fmt.Println(*choose(&x, &y, false), len(h), len(r))
}
