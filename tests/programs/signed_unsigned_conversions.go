package main

import "fmt"

func main() {
	var a int = -1
	fmt.Println(uint8(a), uint16(a), uint32(a), uint64(a), uint(a))
	var b int64 = 300
	fmt.Println(int8(b), uint8(b), int16(b))
	var c int32 = -70000
	fmt.Println(int16(c), uint16(c), int64(c), uint32(c))
	var d uint8 = 200
	fmt.Println(int8(d), int16(d), int(d))
	var e uint32 = 4000000000
	fmt.Println(int32(e), int64(e), int(e))
	var f uint64 = 18446744073709551615
	fmt.Println(int64(f), int32(f), int8(f), uint8(f))
	var g int8 = -5
	fmt.Println(uint8(g), uint16(g), uint64(g), int64(g))
	var h int16 = -32768
	fmt.Println(uint16(h), int8(h), int32(h))
	// conversion chains
	thousand := 1000
	fmt.Println(int8(uint8(int16(thousand))))
	m1 := -1
	fmt.Println(uint16(int8(m1)))
	fmt.Println(int64(uint32(int32(m1))))
	// sign extension on shifts
	var s int32 = -16
	var us uint32 = uint32(s)
	fmt.Println(s>>2, us>>2)
	var by byte = 0x80
	fmt.Println(int8(by)>>7, by>>7)
	// float to int truncates toward zero
	var fl float64 = -3.99
	fmt.Println(int(fl), int(-fl), uint8(fl+10))
	fmt.Println(float64(a), float32(e), float64(f))
}
