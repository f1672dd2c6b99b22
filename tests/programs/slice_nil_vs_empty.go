package main

import "fmt"

func describe(name string, s []int) {
	fmt.Printf("%s: nil=%t len=%d cap=%d v=%v #v=%#v\n", name, s == nil, len(s), cap(s), s, s)
}

func ret(n int) []int {
	if n == 0 {
		return nil
	}
	return make([]int, n)
}

func main() {
	var a []int
	b := []int{}
	c := make([]int, 0)
	d := ret(0)
	e := ret(2)
	describe("a", a)
	describe("b", b)
	describe("c", c)
	describe("d", d)
	describe("e", e)

	f := b[:0]
	describe("f", f)
	g := a[:0]
	describe("g", g)
	h := a[0:0:0]
	describe("h", h)

	for i, v := range a {
		fmt.Println("never", i, v)
	}
	a = append(a, 5)
	describe("a", a)

	var ss []string
	fmt.Printf("%v %d %q %#v\n", ss, len(ss), ss, ss)
	ss2 := []string{}
	fmt.Printf("%v %#v\n", ss2, ss2)

	var bs []byte
	fmt.Printf("[%s] [%x] %v %#v\n", bs, bs, bs, bs)
	fmt.Println(string(bs) == "", len(string(bs)))

	var nn [][]int
	fmt.Println(nn == nil, len(nn), nn)
	nn = append(nn, nil)
	fmt.Println(nn == nil, len(nn), nn, nn[0] == nil)

	var ip []*int
	fmt.Println(ip, len(ip))
	fmt.Println(copy(a, b), len(append(b, a...)))
}
