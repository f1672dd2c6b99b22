package main

import "fmt"

type T struct {
	N int
	S string
}

func main() {
	s := []int{1, 2, 3, 4, 5}
	clear(s[1:3])
	fmt.Println(s, len(s), cap(s))
	clear(s)
	fmt.Println(s, len(s), cap(s))

	strs := []string{"a", "b"}
	clear(strs)
	fmt.Printf("%q\n", strs)

	ts := []T{{1, "x"}, {2, "y"}}
	clear(ts)
	fmt.Printf("%+v\n", ts)

	ps := []*T{{3, "z"}}
	clear(ps)
	fmt.Println(ps[0] == nil)

	var nilS []int
	clear(nilS)
	fmt.Println(nilS == nil)

	full := make([]int, 2, 5)
	full[0] = 9
	ext := full[:5]
	ext[4] = 7
	clear(full)
	fmt.Println(full, ext)

	ifs := []interface{}{1, "a", nil}
	clear(ifs[:2])
	fmt.Println(ifs)
}
