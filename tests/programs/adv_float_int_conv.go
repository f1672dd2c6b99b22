package main

import "fmt"

func main() {
	fs := [10]float64{0.9, -0.9, 1.5, -1.5, 2.5, -2.5, 127.99, -128.99, 1e9 + 0.5, -2147483648.7}
	for _, f := range fs {
		fmt.Println(f, int(f), int8(f/2e7), int32(f), int64(f))
	}
	us := [5]float64{0, 255.9, 65535.5, 4294967295.9, 1e9}
	for _, f := range us {
		fmt.Println(f, uint8(f/2e7), uint16(f/7e4), uint32(f), uint64(f))
	}
	// float64 values at and above 2^63 converted to uint64
	h := 9223372036854775808.0
	fmt.Println(uint64(h), uint64(h*1.5), uint64(18446744073709549568.0))
	fmt.Println(int64(9223372036854774784.0), int64(-9223372036854775808.0))
	// float32 sources
	f32 := [5]float32{3.99, -3.99, 16777217, 4e9, 1.8e19}
	fmt.Println(int(f32[0]), int(f32[1]), int64(f32[2]), uint32(f32[3]), uint64(f32[4]))
	// integer to float of large values
	u := uint64(18446744073709551615)
	fmt.Println(float64(u), float32(u), float64(u-1024), float64(u>>1), float64(u>>11))
	u2 := uint64(1<<63 + 1<<10 + 1)
	u3 := uint64(1<<63 + 1<<11)
	u4 := uint64(1<<63 + 1<<11 + 1)
	fmt.Println(float64(u2), float64(u3), float64(u4), float64(u2) == float64(uint64(1<<63)))
	i := int64(-9223372036854775808)
	fmt.Println(float64(i), float32(i), float64(i+1), float64(int64(1<<53+1)), float64(int64(1<<53+3)))
	var u32 uint32 = 4294967295
	var i32 int32 = -2147483648
	var u16 uint16 = 65535
	var i8 int8 = -128
	fmt.Println(float32(u32), float64(u32), float32(i32), float64(u16), float32(i8))
	// round trips
	n := 123456789
	fmt.Println(int(float32(n)), int(float64(n)), int(float64(n)/10), int(float32(n)/10))
	// mixing through expressions
	k := 7
	ratio := float64(k) / 2
	fmt.Println(ratio, int(ratio), int(-ratio), uint(ratio*ratio), int(ratio)*2)
	cents := 0.29
	fmt.Println(int(cents*100), int64(cents*100+0.5), int(float32(cents)*100))
}
