package main

import (
	"fmt"
	"strings"
)

type T struct{ A int }

func main() {
	x := 5
	p := &x
	s := fmt.Sprintf("%p", p)
	fmt.Println(strings.HasPrefix(s, "0x"), len(s) > 2)
	fmt.Println(fmt.Sprintf("%p", p) == fmt.Sprintf("%p", &x))
	fmt.Println(fmt.Sprintf("%v", p) == s)
	q := &x
	fmt.Println(fmt.Sprintf("%p", q) == s, p == q)

	var np *int
	fmt.Printf("%p %v\n", np, np)
	fmt.Printf("%p\n", nil)
	fmt.Printf("%p\n", 5)
	fmt.Printf("%p\n", "str")

	sl := []int{1, 2, 3}
	a := fmt.Sprintf("%p", sl)
	b := fmt.Sprintf("%p", &sl[0])
	fmt.Println(a == b)
	sub := sl[1:]
	fmt.Println(fmt.Sprintf("%p", sub) == fmt.Sprintf("%p", &sl[1]))
	var nilSl []int
	fmt.Printf("%p\n", nilSl)

	m := map[string]int{}
	m2 := m
	fmt.Println(fmt.Sprintf("%p", m) == fmt.Sprintf("%p", m2))

	t1, t2 := &T{1}, &T{1}
	fmt.Println(fmt.Sprintf("%p", t1) == fmt.Sprintf("%p", t2), *t1 == *t2)
	fmt.Println(strings.HasPrefix(fmt.Sprintf("%#p", t1), "0x"))
	var f func()
	fmt.Printf("%p\n", f)
}
