package main

import "fmt"

func main() {
	var a float32 = 16777216
	var b float64 = 16777216
	fmt.Println(a+1, b+1, a+1 == a, b+1 == b)
	var x32 float32 = 0.1
	var x64 float64 = 0.1
	fmt.Println(x32, x64, float64(x32), float64(x32) == x64)
	var t32 float32 = 1.0 / 3.0
	var t64 float64 = 1.0 / 3.0
	fmt.Println(t32, t64, t32*3, t64*3)
	var p32 float32 = 1
	var p64 float64 = 1
	for i := 0; i < 30; i++ {
		p32 *= 1.1
		p64 *= 1.1
	}
	fmt.Println(p32, p64)
	var s32 float32
	for i := 1; i <= 100000; i++ {
		s32 += 1 / float32(i)
	}
	fmt.Println("harmonic32:", s32)
	var e32 float32 = 1
	n := 0
	for 1+e32 != 1 {
		e32 /= 2
		n++
	}
	var e64 float64 = 1
	m := 0
	for 1+e64 != 1 {
		e64 /= 2
		m++
	}
	fmt.Println("eps bits:", n, m, e32, e64)
	c := float32(2.718281828459045)
	fmt.Println(c, float64(c), float32(float64(c)))
	var big32 float32 = 3e38
	big32 *= 10
	fmt.Println(big32, -big32)
	f1, f2 := float32(123.99), float32(-0.5)
	fmt.Println(int32(f1), int64(f2))
}
