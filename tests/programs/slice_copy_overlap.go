package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n := copy(s[2:], s)
	fmt.Println(n, s)

	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s, s[3:])
	fmt.Println(n, s)

	s = []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	n = copy(s[1:4], s[5:])
	fmt.Println(n, s)

	dst := make([]int, 3)
	n = copy(dst, []int{7, 8, 9, 10, 11})
	fmt.Println(n, dst)
	big := make([]int, 6)
	n = copy(big, []int{1, 2})
	fmt.Println(n, big)

	var nilDst []int
	fmt.Println(copy(nilDst, s), copy(s, nilDst))

	b := make([]byte, 5)
	n = copy(b, "hello, world")
	fmt.Println(n, string(b), b)
	n = copy(b[3:], "XYZ")
	fmt.Println(n, string(b))

	u := []byte("abcdef")
	copy(u[1:], u[:5])
	fmt.Println(string(u))
	u = []byte("abcdef")
	copy(u, u[1:])
	fmt.Println(string(u))

	strs := []string{"a", "b", "c", "d"}
	copy(strs[1:], strs)
	fmt.Println(strs)
	self := []int{1, 2, 3}
	fmt.Println(copy(self, self), self)
}
