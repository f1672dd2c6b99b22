package main

import "fmt"

var log string

func t(name string) bool {
	log += name
	return true
}

func f(name string) bool {
	log += name
	return false
}

func main() {
	log = ""
	r := f("a") && t("b")
	fmt.Println(r, log)
	log = ""
	r = t("a") || f("b")
	fmt.Println(r, log)
	log = ""
	r = t("a") && f("b") || t("c")
	fmt.Println(r, log)
	log = ""
	r = f("a") || f("b") && t("c") || t("d")
	fmt.Println(r, log)
	log = ""
	r = !(t("x") && !f("y"))
	fmt.Println(r, log)
	var bs [4]bool
	for i := 0; i < 4; i++ {
		bs[i] = i%2 == 0
	}
	fmt.Println(bs)
	fmt.Println(true == true, true != false, !false == true)
	a, b := 3, 5
	fmt.Println(a < b && b < 10, a > b || b > 4, a == 3 != (b == 5))
	cnt := 0
	for i := 0; i < 16; i++ {
		p := i&1 != 0
		q := i&2 != 0
		s := i&4 != 0
		if (p || q) && !s == (p && !s || q && !s) {
			cnt++
		}
	}
	fmt.Println("tautology count:", cnt)
	var zero bool
	fmt.Println(zero, !zero)
	x := 0
	if x != 0 && 10/x > 1 {
		fmt.Println("unreached")
	} else {
		fmt.Println("short-circuit avoided div")
	}
}
