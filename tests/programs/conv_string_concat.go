package main

import (
	"fmt"
	"strconv"
)

func main() {
	s := "a"
	for i := 0; i < 5; i++ {
		s += strconv.Itoa(i)
	}
	fmt.Println(s, len(s))

	t := s
	t += "!"
	fmt.Println(s, t)

	x := "hello"
	y := x[1:4]
	z := x + y
	fmt.Println(y, z, len(z))
	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
	fmt.Println("go" == "g"+"o", x[0] == 'h', x[len(x)-1])

	parts := []string{"x", "y", "z"}
	joined := ""
	for i, p := range parts {
		if i > 0 {
			joined += ","
		}
		joined += p
	}
	fmt.Println(joined)

	var sb []byte
	for i := 0; i < 3; i++ {
		sb = append(sb, "ab"...)
		sb = append(sb, byte('0'+i))
	}
	fmt.Println(string(sb))

	multi := `raw
string with \n and "quotes"`
	fmt.Println(multi, len(multi))
	fmt.Printf("%q\n", multi)

	esc := "tab\there\\ \u00e9 \U0001F600 \x41 \101"
	fmt.Println(esc, len(esc))
	str := "x"
	ptr := &str
	*ptr += "y"
	fmt.Println(str)
	n := 3
	fmt.Println("n=" + strconv.Itoa(n) + ";" + fmt.Sprint(n*n))
}
