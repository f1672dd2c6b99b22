package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	A, B = iota, iota * 10
	C, D
	E, F
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const Pi = 3.14159265358979323846
const TwoPi = 2 * Pi
const Half = 0.5
const Ten float64 = 10
const Exact = 2.5 * 4
const Big = 1e9
const typedI int32 = -7
const typedU uint16 = 65535
const ch = 'A' + 2

func main() {
	fmt.Println(Sunday, Monday, Saturday, Saturday-Monday)
	var d Weekday = Wednesday
	d++
	fmt.Println(d == Thursday, d)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x1, x2, x3)
	fmt.Println(FlagA, FlagB, FlagC, FlagD, FlagA|FlagC, ^FlagA)
	var i int = Exact
	var j int64 = Big
	k := int(Half * 8)
	tp := TwoPi
	fmt.Println(i, j, k, int(tp*1000))
	fmt.Println(Pi, TwoPi, Half, Ten/4)
	fmt.Println(typedI, typedI/2, typedU, typedU-1)
	fmt.Println(ch, string(rune(ch)))
	const local = 1 << 62
	fmt.Println(local, local>>60, uint64(local)<<1)
	var f32 float32 = Pi
	fmt.Println(f32, float64(f32) == Pi)
	const huge = 1 << 100
	fmt.Println(huge>>98, huge/(1<<97), huge%7)
}
