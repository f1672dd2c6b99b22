package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	a := [3]int(s)
	a[0] = 100
	fmt.Println(a, s)

	p := (*[2]int)(s[3:])
	p[1] = 50
	fmt.Println(*p, s)

	b := [5]int(s)
	fmt.Println(b, len(b))
	var e [0]int = [0]int(s[:0])
	fmt.Println(e, len(e))

	bs := []byte("golang")
	arr := [4]byte(bs)
	fmt.Println(arr, string(arr[:]))

	n := 4
	short := s[:n-2]
	fmt.Println("converting slice of len", len(short))
	c := [3]int(short)
	fmt.Println(c)
}
