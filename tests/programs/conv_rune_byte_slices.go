package main

import "fmt"

func main() {
	s := "héllo, 世界"
	rs := []rune(s)
	bs := []byte(s)
	fmt.Println(len(s), len(rs), len(bs))
	fmt.Println(rs)
	fmt.Println(bs)
	fmt.Printf("%q %q\n", rs[1], string(rs[7:]))

	rs[0] = 'H'
	rs[len(rs)-1] = '!'
	fmt.Println(string(rs), s)
	bs[0] = 'J'
	fmt.Println(string(bs), s)

	// Reverse by runes vs by bytes.
	rev := func(s string) string {
		r := []rune(s)
		for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
			r[i], r[j] = r[j], r[i]
		}
		return string(r)
	}
	fmt.Println(rev(s), rev(""), rev("a"))
	b := []byte("héllo")
	for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
		b[i], b[j] = b[j], b[i]
	}
	fmt.Printf("%q\n", string(b))

	fmt.Println(string([]rune{}), len(string([]rune{})), string([]byte(nil)) == "")
	fmt.Println(string([]rune{0x48, 0x49, -1, 0x110000, 0xd800}))
	fmt.Println([]byte(string([]rune{'é'})))
	fmt.Println([]rune(string([]byte{0xff, 'a', 0xe4, 0xb8})))
	empty := []rune("")
	fmt.Println(len(empty), empty == nil)

	type MyBytes []byte
	type MyRunes []rune
	mb := MyBytes("xyz")
	mr := MyRunes("xyé")
	fmt.Println(mb, mr, string(mb), string(mr))
	type Str string
	fmt.Println([]byte(Str("ab")), Str(mb))
	fmt.Println(string(bs[:2]) == "Jé"[:2], string(rs[1:3]))
	words := [][]byte{[]byte("a"), []byte("bc")}
	total := ""
	for _, w := range words {
		total += string(w)
	}
	fmt.Println(total, len(total))
}
