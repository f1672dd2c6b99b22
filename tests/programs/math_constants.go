package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16)
	fmt.Println(math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint))
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2)
	fmt.Println(math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Printf("%T %T %T\n", math.Pi, math.MaxInt8, math.MaxInt64)

	var i8 int8 = math.MaxInt8
	i8++
	fmt.Println(i8)
	var u32 uint32 = math.MaxUint32
	u32++
	fmt.Println(u32)
	var i64 int64 = math.MinInt64
	fmt.Println(i64-1, -i64, i64/-1)
	x := math.MaxInt64
	fmt.Println(x+1 < 0)

	const huge = math.MaxUint64 / 2
	fmt.Println(uint64(huge), huge > math.MaxInt32)
	const twoPi = 2 * math.Pi
	fmt.Printf("%.15f %.15f\n", twoPi, math.Pi/2)
	var f32 float32 = math.Pi
	fmt.Println(f32, float64(f32) == math.Pi)
	circ := func(r float64) float64 { return 2 * math.Pi * r }
	fmt.Printf("%.4f %.4f\n", circ(1), circ(2.5))
	fmt.Println(math.MaxInt16+1, int32(math.MaxInt16)+1, math.MaxUint8*math.MaxUint8)
	fmt.Println(float64(math.MaxInt64), float32(math.MaxInt32))
	u8 := uint8(math.MaxUint8)
	fmt.Println(u8+1, u8*u8, -u8)
}
