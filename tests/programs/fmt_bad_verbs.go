package main

import "fmt"

type P struct{ X int }

func main() {
	fmt.Printf("%d\n", "x")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%d\n", 3.5)
	fmt.Printf("%f\n", 7)
	fmt.Printf("%t\n", 1)
	fmt.Printf("%x\n", true)
	fmt.Printf("%c\n", "c")
	fmt.Printf("%q\n", 2.5)
	fmt.Printf("%z\n", 5)
	fmt.Printf("%!\n", 5)
	fmt.Printf("%s\n", P{1})
	fmt.Printf("%d\n", P{1})
	fmt.Printf("%s\n", []int{1, 2})
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%e\n", "str")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Printf("%b\n", "b")
	fmt.Printf("%U\n", "u")
	fmt.Printf("%s|%d\n", true, false)
	fmt.Printf("%.2d|%5t\n", "s", 3)
	fmt.Printf("%s %s\n", map[int]int{1: 2}, [1]bool{true})
	fmt.Printf("%x %X\n", P{255}, []P{{10}})
	s := fmt.Sprintf("%d%%|%w", 5, "notanerror")
	fmt.Println(s)
	fmt.Printf("%v %d %s\n", 'a', 'a', 'a')
	fmt.Printf("%08s|%-08d|\n", "ab", 5)
	fmt.Printf("%[3]d %[1]d\n", 1, 2)
	fmt.Printf("%[0]d %[x]d\n", 1)
	fmt.Printf("%!d(string=fake)\n")
}
