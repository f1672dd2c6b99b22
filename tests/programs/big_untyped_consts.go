package main

import "fmt"

const (
	Huge     = 1 << 100
	Shifted  = Huge >> 98
	Ratio    = Huge / (1 << 90)
	MaxU64   = 1<<64 - 1
	MinI64   = -1 << 63
	BigFloat = 1e300 * 1e300 / 1e300
	Third    = 1.0 / 3
	ThirdX3  = Third * 3
	Precise  = 0.1 + 0.2 - 0.3
	Mixed    = 'a' * 2
	Fact20   = 20 * 19 * 18 * 17 * 16 * 15 * 14 * 13 * 12 * 11 * 10 * 9 * 8 * 7 * 6 * 5 * 4 * 3 * 2
)

func main() {
	fmt.Println(Shifted, Ratio)
	var u uint64 = MaxU64
	fmt.Println(u, u+1)
	var m int64 = MinI64
	fmt.Println(m, m-1)
	fmt.Println(BigFloat)
	fmt.Println(ThirdX3 == 1, Precise == 0)
	var p float64 = Precise
	fmt.Println(p)
	fmt.Println(Mixed)
	fmt.Println(Fact20)
	const exact = 7.0
	var n int = exact
	var b byte = exact * 30
	fmt.Println(n, b)
	const e = Huge * Huge / Huge / Huge
	fmt.Println(e)
	fmt.Println(Huge/1e29 > 12, int64(Huge>>40))
	const minusOne = -1
	var x uint8 = 255
	fmt.Println(int(x)&minusOne, ^0, ^uint8(0), ^int8(0))
	fmt.Println(1<<10-1, (1<<31)*2, 0x7FFFFFFF+1)
	fmt.Println(5/2, 5.0/2, 5/2.0, -5/2, -5%3)
}
