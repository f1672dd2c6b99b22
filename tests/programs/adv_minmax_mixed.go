package main

import "fmt"

type Score int16

func main() {
	fmt.Println(min(1, 2.5), max(1, 2.5), min(3, 'a'), max('a', 3.0))
	const c = min(10, 2.5, 7)
	var f32 float32 = c
	fmt.Println(c, f32, max(1<<70, 5)>>69)
	i := 5
	fmt.Println(min(i, 3.0), max(i, 7.0), min(i, -1<<62), max(i, 'z'))
	var i8 int8 = -100
	fmt.Println(min(i8, -128), max(i8, 127), min(i8, 0), max(i8, i8+1))
	var u8 uint8 = 200
	fmt.Println(min(u8, 255), max(u8, 0), min(u8+100, u8), max(u8, u8+100))
	var u64 uint64 = 1 << 63
	fmt.Println(min(u64, 1<<64-1), max(u64, 1), min(u64, u64-1))
	var i64 int64 = -1
	fmt.Println(min(i64, -9223372036854775808), max(i64, 9223372036854775807))
	f := 2.5
	fmt.Println(min(f, 2), max(f, 3), min(f, 1e-300, 2.4), max(-f, -1e300))
	var g float32 = 0.1
	fmt.Println(min(g, 1e-50), max(g, 0.1), min(g, 0.10000001), max(g, 1e38))
	s := "banana"
	fmt.Println(min(s, "apple", "cherry"), max(s, "bananas", "ban"), min(s, ""), max("", s))
	sc := Score(-3)
	fmt.Println(min(sc, 0), max(sc, -10), min(sc, Score(5)*2))
	a, b, d := 3, 1, 2
	fmt.Println(min(a, b, d), max(a, b, d), min(d, a, b), max(b, d, a))
	// min/max in loops
	lo, hi := 1<<31, -(1 << 31)
	for _, v := range [7]int{5, -2, 99, 0, -2, 100, 3} {
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
	// single argument
	fmt.Println(min(i), max(s), min(2.5))
	// mixed sign with unsigned must compare unsigned
	var ua, ub uint32 = 1, 0xFFFFFFFF
	fmt.Println(min(ua, ub), max(ua, ub))
	var ia, ib int32 = 1, -1
	fmt.Println(min(ia, ib), max(ia, ib))
	var ba, bb byte = 0x7F, 0x80
	fmt.Println(min(ba, bb), max(ba, bb))
	var ha, hb uint16 = 0x8000, 0x7FFF
	fmt.Println(min(ha, hb), max(ha, hb))
}
