package main

import (
	"fmt"
	"math"
)

type Small int8
type Big uint64

func main() {
	fmt.Println(int8(-128), int16(-32768), int32(-2147483648), int64(math.MinInt64))
	fmt.Println(uint8(255), uint16(65535), uint32(4294967295), uint64(math.MaxUint64))
	fmt.Println(Small(-5), Big(1<<63), uint(7), int(-7))
	fmt.Println(float32(1.1), float64(float32(1.1)), float32(16777217), float32(1e-45))
	fmt.Println(float32(0.1)+float32(0.2), 0.1+0.2 == 0.3)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	fmt.Println(float32(math.MaxFloat32), float32(math.Inf(-1)))
	fmt.Println(1e100, 1e-100, 12345678.0, 123456789012.0, 0.000001, 0.0000001)
	fmt.Println(100.5, -0.0, 3.0, 2.50, 1.25e3)
	var f32 float32 = 3.14159265358979
	fmt.Println(f32, float64(f32))
	fmt.Printf("%v %g %f %.3f\n", f32, f32, f32, f32)
	fmt.Println(math.Sqrt(2), math.Sqrt(2)*math.Sqrt(2))
	fmt.Println(7/2, -7/2, 7%3, -7%3, 7.0/2)
	fmt.Println(1<<10, 1<<62, uint64(1)<<63)
	fmt.Println(byte('A'), 'A', string(rune('A')))
	var r rune = 0x1F600
	fmt.Println(r, string(r))
	fmt.Println(int64(math.MaxInt32)+1, math.MaxInt8, math.MinInt16)
	fmt.Printf("%v %v\n", []int8{-1, 1}, []uint16{1, 65535})
	fmt.Printf("%v %v\n", []float32{0.1, 2}, []float64{0.1, 2})
	fmt.Println(fmt.Sprint(int8(3), uint8(4)), fmt.Sprint(3.0, 4))
	var x uint8 = 250
	x += 10
	var y int8 = 127
	y++
	fmt.Println(x, y)
}
