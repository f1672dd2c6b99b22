package main

import "fmt"

func main() {
	a, b, c := 5, -3, 12
	fmt.Println(min(a, b), max(a, b), min(a, b, c), max(a, b, c))
	fmt.Println(min(7), max(7))
	var u8a, u8b uint8 = 200, 55
	fmt.Println(min(u8a, u8b), max(u8a, u8b))
	var i8 int8 = -128
	fmt.Println(min(i8, 127), max(i8, -1))
	x, y := 2.5, -1.25
	fmt.Println(min(x, y), max(x, y), min(x, 3), max(y, -2, 0.5))
	var f32 float32 = 0.1
	fmt.Println(min(f32, 0.2), max(f32, 0.05))
	zero := 0.0
	negz := -zero
	fmt.Println(min(zero, negz), max(negz, zero))
	s1, s2, s3 := "banana", "apple", "cherry"
	fmt.Println(min(s1, s2, s3), max(s1, s2, s3), min(s1, ""), max("a", "A"))
	const k = min(3, 1, 2)
	const m = max(2.5, 1)
	fmt.Println(k, m)
	lo, hi := 1000, -1000
	for i := range 20 {
		v := (i*37)%23 - 11
		lo = min(lo, v)
		hi = max(hi, v)
	}
	fmt.Println(lo, hi)
	var u64 uint64 = 18446744073709551615
	fmt.Println(min(u64, 1), max(u64, 1))
	fmt.Println(max(min(a, c), b))
}
