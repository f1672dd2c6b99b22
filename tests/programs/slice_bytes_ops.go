package main

import "fmt"

func upper(b []byte) {
	for i, c := range b {
		if c >= 'a' && c <= 'z' {
			b[i] = c - 32
		}
	}
}

func main() {
	b := []byte("hello, world")
	upper(b[:5])
	fmt.Println(string(b), len(b))
	fmt.Println(b[0], b[len(b)-1])
	fmt.Printf("%s|%q|%x|% x|%X\n", b[:5], b[:5], b[:5], b[:5], b[7:])
	fmt.Printf("%v\n", b[:3])
	fmt.Printf("%d\n", b[:3])

	var out []byte
	for i := 0; i < 5; i++ {
		out = append(out, byte('0'+i))
		out = append(out, ',')
	}
	out = out[:len(out)-1]
	fmt.Println(string(out), len(out))

	s := string(b)
	b[0] = 'J'
	fmt.Println(s, string(b))

	rev := []byte("stressed")
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(string(rev))

	counts := make([]int, 256)
	for _, c := range []byte("mississippi") {
		counts[c]++
	}
	for c := 'a'; c <= 'z'; c++ {
		if counts[c] > 0 {
			fmt.Printf("%c=%d ", c, counts[c])
		}
	}
	fmt.Println()

	eq := string([]byte{'a', 'b'}) == "ab"
	fmt.Println(eq, []byte("")[:0] == nil, len([]byte("")))
	x := []byte{0xff, 0x00, 0x7f}
	fmt.Printf("%v %x %q\n", x, x, x)
}
