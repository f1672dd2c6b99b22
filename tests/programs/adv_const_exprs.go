package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = Weekday(iota * 10)
	Saturday
)

const (
	A = iota * iota
	B
	C, D = iota, -iota
	E, F
	G = 1 << (10 * iota)
	H
)

type Mask uint8

const (
	M0 Mask = 1 << iota
	M1
	M2
	MAll = M0 | M1 | M2
)

const big = 1 << 200
const bigger = big * big
const shifted = bigger >> 396
const third = 1.0 / 3
const huge = 1e400
const hugeRatio = huge / 1e390
const maxU64 = 1<<64 - 1
const minI64 = -1 << 63
const mixed = 'a' + 1
const str = "con" + "cat"
const strLen = len(str)
const arrLen = len([7]int{})
const typedSmall int16 = -32768
const typedWrapSafe = typedSmall + 1
const prec = 1<<62*4>>3 + 7%3*2
const fdiv = 7 / 2
const fdiv2 = 7 / 2.0
const negMod = -7 % 3
const bits = ^0
const ubits = ^uint32(0)
const cmplxBool = big > bigger || 3.0 == 3

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(Monday+Friday, Saturday/3, Weekday(5)%Tuesday)
	fmt.Println(A, B, C, D, E, F, G, H)
	fmt.Println(M0, M1, M2, MAll, ^MAll, MAll&^M1)
	fmt.Println(shifted, big>>190, uint64(bigger>>340), big/big)
	fmt.Println(third, float32(third), third*3 == 1, hugeRatio)
	var u uint64 = maxU64
	var i int64 = minI64
	fmt.Println(u, i, uint64(maxU64/3), maxU64%1000)
	fmt.Println(mixed, string(rune(mixed)), str, strLen, arrLen)
	fmt.Println(typedSmall, typedWrapSafe, prec, fdiv, fdiv2, negMod, bits, ubits, cmplxBool)
	// untyped constant converted to various types
	const k = 1000
	var f32 float32 = k / 3
	var f64 float64 = k / 3.0
	var i8 int8 = k / 10 - 3
	var r rune = k
	fmt.Println(f32, f64, i8, r, k/3*3, k*1.5)
	// constant float that is an exact integer can initialise an int
	const e = 1e3
	var ei int = e
	var eu uint8 = 2.55e2
	fmt.Println(ei, eu)
	// typed constant arithmetic keeps the type
	const t8 int8 = 100
	x := t8 / 3
	y := t8 - 101
	fmt.Println(x, y, x*3+y)
	// huge intermediate values with a small result
	const h = (1<<100 + 1) % (1 << 10)
	const q = (1<<100 - 1) / (1<<90 - 1)
	fmt.Println(h, q, 1e300*1e300/1e300 == 1e300)
	// float constant precision beyond float64
	const precise = 0.1 + 0.2
	fmt.Println(precise == 0.3, precise, 0.1+0.2)
	v1, v2 := 0.1, 0.2
	fmt.Println(v1+v2 == 0.3, v1+v2)
	// rune and byte constants
	const nl = '\n'
	var bb byte = nl + 'A'
	fmt.Println(nl, bb, 'A'*2, string(rune('A'*2)))
	// integer division by constant in typed contexts
	var n int = 17
	fmt.Println(n/5, n%5, -n/5, -n%5, n/-5, n%-5)
}
