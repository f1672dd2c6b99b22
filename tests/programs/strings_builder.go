package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.WriteRune('界')
	n, err := sb.WriteString("!")
	fmt.Println(n, err)
	fmt.Println(sb.String(), sb.Len())
	n, err = sb.Write([]byte{'a', 'b'})
	fmt.Println(n, err, sb.String())
	n, _ = sb.WriteRune('é')
	fmt.Println(n)

	fmt.Fprintf(&sb, "[%d|%s]", 42, "x")
	fmt.Println(sb.String())
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")

	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprint(&sb, i*i)
	}
	fmt.Println(sb.String())

	build := func(parts []string, sep string) string {
		var b strings.Builder
		for i, p := range parts {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(strings.ToUpper(p[:1]) + p[1:])
		}
		return b.String()
	}
	fmt.Println(build([]string{"alpha", "beta", "gamma"}, "-"))

	var lines strings.Builder
	for row := 1; row <= 4; row++ {
		lines.WriteString(strings.Repeat(" ", 4-row))
		lines.WriteString(strings.Repeat("*", 2*row-1))
		lines.WriteByte('\n')
	}
	fmt.Print(lines.String())
	fmt.Println(lines.Len())

	var grow strings.Builder
	grow.Grow(64)
	for c := 'a'; c <= 'z'; c++ {
		grow.WriteRune(c)
	}
	fmt.Println(grow.String(), grow.Len())
	s1 := grow.String()
	grow.WriteString("+more")
	fmt.Println(s1, grow.String())
}
