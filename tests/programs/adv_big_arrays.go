package main

import "fmt"

var table [200000]int64
var grid [500][500]int32

type Huge struct {
	Head int
	Data [50000]int
	Tail int
}

var gh Huge

func sumArr(a [100000]int) int {
	s := 0
	for i, v := range a {
		s += v * (i%7 + 1)
	}
	a[0] = -1
	return s
}

func makeArr(seed int) [100000]int {
	var a [100000]int
	for i := range a {
		a[i] = (i*seed + 3) % 1000
	}
	return a
}

func modHuge(h Huge) Huge {
	h.Head++
	h.Data[49999] = 77
	h.Tail = h.Data[123]
	return h
}

func localBig(n int) int {
	var buf [100000]int
	for i := range n {
		buf[i%len(buf)] += i
	}
	t := 0
	for _, v := range buf {
		t ^= v
	}
	return t
}

func main() {
	for i := range table {
		table[i] = int64(i) * int64(i)
	}
	fmt.Println(table[199999], table[12345])
	for i := range 500 {
		for j := range 500 {
			grid[i][j] = int32(i*j) - 1000
		}
	}
	fmt.Println(grid[499][499], grid[3][7], len(grid), len(grid[0]))

	a := makeArr(17)
	b := a
	b[5] = 999999
	fmt.Println(a[5], b[5], sumArr(a), a[0])
	fmt.Println(a == b)
	b[5] = a[5]
	fmt.Println(a == b)

	gh.Head = 1
	gh.Data[123] = 321
	h2 := modHuge(gh)
	fmt.Println(gh.Head, gh.Data[49999], gh.Tail, h2.Head, h2.Data[49999], h2.Tail)
	gh = modHuge(gh)
	gh = modHuge(gh)
	fmt.Println(gh.Head, gh.Tail)

	var loc Huge
	loc = gh
	loc.Data[0] = 5
	fmt.Println(loc.Data[0], gh.Data[0], loc == gh)

	fmt.Println(localBig(10), localBig(250000))
	p := &table
	p[0] = 42
	fmt.Println(table[0], len(p))
	ph := new(Huge)
	*ph = gh
	ph.Data[1] = 9
	fmt.Println(ph.Data[1], gh.Data[1], ph.Head)
}
