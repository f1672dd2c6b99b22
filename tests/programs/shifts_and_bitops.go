package main

import "fmt"

func main() {
	a, b := 0xF0F0, 0x0FF0
	fmt.Println(a&b, a|b, a^b, a&^b, ^a)
	var u8 uint8 = 0xAA
	fmt.Println(^u8, u8<<1, u8>>3, u8&^0x0F)
	var i8 int8 = -1
	fmt.Println(^i8, i8<<7, i8>>1)
	var s uint = 3
	x := 1
	fmt.Println(x<<s, x<<(s*10), 1024>>s)
	// shift counts >= width
	var big uint = 70
	var one uint64 = 1
	var neg int64 = -8
	var pos int64 = 8
	fmt.Println(one<<big, neg>>big, pos>>big, neg<<big)
	var w uint32 = 0xFFFFFFFF
	var n uint = 32
	fmt.Println(w<<n, w>>n, w<<(n-1), w>>(n-1))
	// signed shift count
	var sc int = 4
	fmt.Println(x<<sc, 256>>sc)
	// bit counting
	v := uint64(0xDEADBEEFCAFEBABE)
	cnt := 0
	for t := v; t != 0; t &= t - 1 {
		cnt++
	}
	fmt.Println("popcount:", cnt)
	// reverse bits of a byte
	var r, in uint8 = 0, 0x1D
	for i := 0; i < 8; i++ {
		r = r<<1 | in&1
		in >>= 1
	}
	fmt.Println("reversed:", r)
	// precedence: & binds tighter than |, << tighter than +
	fmt.Println(1|2&3, 1+2<<3, 6&^3|8, 5^3&1)
	var i16 int16 = 0x4000
	i16 <<= 1
	fmt.Println(i16)
	var u16 uint16 = 0x8001
	fmt.Println(u16>>15, u16<<15, int16(u16)>>15)
}
