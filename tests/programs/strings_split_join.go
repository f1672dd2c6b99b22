package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.Split("no-sep", ","))
	fmt.Printf("%q\n", strings.Split("a::b::c", "::"))
	fmt.Printf("%q\n", strings.Split(",", ","))
	fmt.Println(len(strings.Split("x y z", " ")))

	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"))
	fmt.Println(strings.Join([]string{"solo"}, "-"))
	fmt.Printf("%q\n", strings.Join(nil, "-"))
	fmt.Printf("%q\n", strings.Join([]string{"", ""}, ","))
	fmt.Println(strings.Join([]string{"x", "y"}, ""))
	fmt.Println(strings.Join(strings.Split("1.2.3", "."), "/"))

	csv := "name,age,city\nann,30,oslo\nbob,25,rome"
	for i, line := range strings.Split(csv, "\n") {
		fields := strings.Split(line, ",")
		fmt.Println(i, len(fields), strings.Join(fields, " | "))
	}

	path := "/usr/local/bin/"
	parts := strings.Split(path[1:len(path)-1], "/")
	fmt.Println(parts, len(parts))
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
	fmt.Println(strings.Join(parts, "<"))

	kv := "a=1;b=2;c=3"
	m := map[string]string{}
	for _, pair := range strings.Split(kv, ";") {
		p := strings.Split(pair, "=")
		m[p[0]] = p[1]
	}
	fmt.Println(m)
	fmt.Printf("%q\n", strings.Split("a b", " "))
}
