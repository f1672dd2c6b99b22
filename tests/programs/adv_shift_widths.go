package main

import "fmt"

func main() {
	counts := [10]int{0, 1, 7, 8, 15, 16, 31, 32, 63, 64}
	for _, c := range counts {
		var i8 int8 = -100
		var u8 uint8 = 0xA5
		var i16 int16 = -30000
		var u16 uint16 = 0xBEEF
		var i32 int32 = -2000000000
		var u32 uint32 = 0xDEADBEEF
		var i64 int64 = -9000000000000000000
		var u64 uint64 = 0xFEEDFACECAFEBEEF
		var n int = -1
		var u uint = 1
		fmt.Println(c, i8<<c, i8>>c, u8<<c, u8>>c)
		fmt.Println(c, i16<<c, i16>>c, u16<<c, u16>>c)
		fmt.Println(c, i32<<c, i32>>c, u32<<c, u32>>c)
		fmt.Println(c, i64<<c, i64>>c, u64<<c, u64>>c)
		fmt.Println(c, n<<c, n>>c, u<<c, u>>c)
	}
	// huge counts of several types
	var big uint64 = 1 << 63
	var big32 uint32 = 1 << 31
	var b8 uint8 = 200
	var s16 int16 = 300
	x := int64(-12345)
	y := uint32(0xFFFFFFFF)
	fmt.Println(x<<big, x>>big, y<<big, y>>big)
	fmt.Println(x<<big32, x>>big32, y<<big32, y>>big32)
	fmt.Println(x<<b8, x>>b8, y<<b8, y>>b8)
	fmt.Println(x<<s16, x>>s16, y<<s16, y>>s16)
	var b9 uint8 = 9
	var sh8 int8 = 1
	fmt.Println(sh8<<b9, int8(-1)<<7, int8(64)<<sh8, sh8<<7>>7)
	// untyped constant shifted by a variable takes the type from context
	var s uint = 10
	var r8 int8 = 1 << (s - 3)
	var r16 uint16 = 1<<s + 1
	var f int64 = 1 << (s * 6)
	fmt.Println(r8, r16, f, 1<<s, ^uint8(1)<<sh8)
	// shifts in expressions mixing widths
	var w uint16 = 0xFFFF
	fmt.Println(w<<8>>8, uint32(w)<<8>>8, w>>8<<8)
	var m int32 = -1
	fmt.Println(uint32(m)>>1, m>>1, int64(m)<<32>>32, uint64(uint32(m))<<32>>32)
	// signed counts that are non-negative
	var sc int = 3
	var sc8 int8 = 70
	var sc64 int64 = 65
	fmt.Println(100<<sc, -100>>sc, uint64(5)<<sc8, int32(-5)>>sc8, int16(7)<<sc64)
	// shift assignment
	v := uint8(1)
	for i := 0; i < 10; i++ {
		v <<= 1
		fmt.Print(v, " ")
	}
	fmt.Println()
	z := int16(-32768)
	for i := 0; i < 4; i++ {
		z >>= 5
		fmt.Print(z, " ")
	}
	fmt.Println()
}
