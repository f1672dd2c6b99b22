package main

import "fmt"

func d8(a, b int8) (int8, int8)     { return a / b, a % b }
func d16(a, b int16) (int16, int16) { return a / b, a % b }
func d32(a, b int32) (int32, int32) { return a / b, a % b }
func d64(a, b int64) (int64, int64) { return a / b, a % b }
func dint(a, b int) (int, int)      { return a / b, a % b }

func main() {
	var m8 int8 = -128
	var m16 int16 = -32768
	var m32 int32 = -2147483648
	var m64 int64 = -9223372036854775808
	mi := -9223372036854775807 - 1
	fmt.Println(d8(m8, -1))
	fmt.Println(d16(m16, -1))
	fmt.Println(d32(m32, -1))
	fmt.Println(d64(m64, -1))
	fmt.Println(dint(mi, -1))
	// inline with a variable divisor
	neg := -1
	fmt.Println(m8/int8(neg), m8%int8(neg), m16/int16(neg), m16%int16(neg))
	fmt.Println(m32/int32(neg), m32%int32(neg), m64/int64(neg), m64%int64(neg))
	// constant divisor -1
	fmt.Println(m8/-1, m8%-1, m16/-1, m32/-1, m64/-1, mi/-1, mi%-1)
	// op-assign
	a8 := m8
	a8 /= int8(neg)
	a16 := m16
	a16 %= int16(neg)
	a64 := m64
	a64 /= -1
	fmt.Println(a8, a16, a64)
	// negation of the minimum
	fmt.Println(-m8, -m16, -m32, -m64, -mi)
	// other truncating divisions
	vals := [6]int8{-128, -127, -7, 7, 127, -1}
	divs := [5]int8{-128, -3, 2, 127, -1}
	for _, v := range vals {
		for _, d := range divs {
			fmt.Print(v/d, ",", v%d, " ")
		}
		fmt.Println()
	}
	// unsigned division must not be signed
	var u8 uint8 = 200
	var u16 uint16 = 60000
	var u32 uint32 = 4000000000
	var u64 uint64 = 18000000000000000000
	fmt.Println(u8/3, u8%7, u16/7, u16%1000, u32/3, u32%7, u64/3, u64%1000)
	fmt.Println(u8/u8, u64/(u64-1), u64%(u64-1))
	// division by powers of two of negative numbers
	x := -7
	fmt.Println(x/2, x%2, x/4, x%4, x>>1, x/8, x%8)
	var y int32 = -9
	fmt.Println(y/2, y%2, y/16, y%16)
}
