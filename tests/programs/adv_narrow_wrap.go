package main

import "fmt"

func main() {
	var u8 uint8 = 255
	fmt.Println(u8+1, (u8+1)>>1, (u8+1)/2, (u8+1)%7, (u8+1) == 0, uint64(u8+1), u8*u8)
	var i8 int8 = 127
	fmt.Println(i8+1, (i8+1)>>1, (i8+1)/3, (i8+1) < 0, int64(i8+1), i8*i8, -(i8 + 1))
	var u16 uint16 = 65535
	fmt.Println(u16+1, (u16+2)>>1, u16*u16, uint32(u16+1), -u16)
	var i16 int16 = 32767
	fmt.Println(i16+1, (i16+i16)/3, int32(i16+1), i16*2 > 0)
	var u32 uint32 = 0xFFFFFFFF
	fmt.Println(u32+1, u32*u32, (u32+1)>>1, uint64(u32+1), u32+u32, -u32)
	var i32 int32 = 2147483647
	fmt.Println(i32+1, int64(i32+1), (i32+1)/2, i32*i32, i32+i32 < 0)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64, u64+2, u64*u64, -u64, u64>>63, u64/u64)
	var i64 int64 = 9223372036854775807
	fmt.Println(i64+1, i64*2, i64*i64, -(i64 + 1))

	// increments and decrements wrap
	a := uint8(0)
	a--
	b := int8(-128)
	b--
	c := uint16(0)
	c -= 2
	d := int16(32767)
	d += 2
	fmt.Println(a, b, c, d)

	// values that wrapped are used as array indexes
	var arr [256]int
	for i := range arr {
		arr[i] = i
	}
	idx := uint8(250)
	idx += 10
	fmt.Println(arr[idx], arr[uint8(idx*16)], arr[idx<<7])

	// conversions between sizes
	n := -1
	fmt.Println(uint8(n), uint16(n), uint32(n), uint64(n), int8(n))
	big := 0x123456789ABCDEF0
	fmt.Println(int8(big), uint8(big), int16(big), uint16(big), int32(big), uint32(big))
	v := 200
	fmt.Println(int8(v), int8(v)/2, int8(v)>>1, int16(int8(v)), uint16(int8(v)), uint32(int8(v)))
	w := int8(-1)
	fmt.Println(uint8(w), uint16(w), uint32(w), uint64(w), uint(w), uintptr(w))
	x := uint8(0x80)
	fmt.Println(int8(x), int16(x), int64(int8(x)), ^x, ^int8(x))

	// loop counters that wrap
	cnt := 0
	for i := int8(100); i > 0; i++ {
		cnt++
	}
	fmt.Println(cnt)
	cnt = 0
	for i := uint8(250); i != 4; i++ {
		cnt++
	}
	fmt.Println(cnt)
	cnt = 0
	for i := int16(32760); i > 0; i += 3 {
		cnt++
	}
	fmt.Println(cnt)
	cnt = 0
	last := uint8(0)
	for i := uint8(3); i >= 1 && i < 10; i-- {
		cnt++
		last = i
	}
	fmt.Println(cnt, last)
	cnt = 0
	for i := int32(2147483600); i > 0; i += 10 {
		cnt++
	}
	fmt.Println(cnt)
	var k int8
	for k = 120; k >= 120 || k < -120; k += 4 {
		fmt.Print(k, " ")
	}
	fmt.Println(k)
	// uint8 sum that overflows repeatedly
	var s uint8
	var s16 int16
	for i := 0; i < 1000; i++ {
		s += uint8(i)
		s16 += int16(i * i)
	}
	fmt.Println(s, s16)
}
