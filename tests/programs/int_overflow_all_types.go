package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8:", i8)
	i8 = -128
	i8--
	fmt.Println("int8:", i8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println("int16:", i16)
	var i32 int32 = 2147483647
	i32++
	fmt.Println("int32:", i32)
	i32 = -2147483648
	i32 = -i32
	fmt.Println("int32 neg min:", i32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println("int64:", i64)
	var i int = 9223372036854775807
	i += 1
	fmt.Println("int:", i)
	var u8 uint8 = 255
	u8++
	fmt.Println("uint8:", u8)
	u8 = 0
	u8--
	fmt.Println("uint8:", u8)
	var u16 uint16 = 65535
	u16 += 10
	fmt.Println("uint16:", u16)
	var u32 uint32 = 4294967295
	u32++
	fmt.Println("uint32:", u32)
	u32 = 0
	u32 -= 1
	fmt.Println("uint32:", u32)
	var u64 uint64 = 18446744073709551615
	u64++
	fmt.Println("uint64:", u64)
	u64--
	fmt.Println("uint64:", u64)
	var u uint = 0
	u--
	fmt.Println("uint:", u)
	var up uintptr = 0
	up--
	fmt.Println("uintptr:", up)
	var b byte = 200
	b += 100
	fmt.Println("byte:", b)
	var r rune = 2147483647
	r++
	fmt.Println("rune:", r)
	// multiplication overflow
	var m8 int8 = 100
	m8 *= 3
	fmt.Println("int8 mul:", m8)
	var mu16 uint16 = 300
	mu16 *= 300
	fmt.Println("uint16 mul:", mu16)
	var m32 int32 = 100000
	m32 *= 100000
	fmt.Println("int32 mul:", m32)
	var m64 int64 = 3037000500
	m64 *= 3037000500
	fmt.Println("int64 mul:", m64)
}
