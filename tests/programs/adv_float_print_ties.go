package main

import "fmt"

// Values whose shortest decimal form is an exact tie between two digit
// strings of the same length: Go picks the even last digit.
func main() {
	base := 562949953421312.0 // 2^49: spacing of float64 values here is 0.125
	for i := 0; i < 6; i++ {
		v := base + float64(i*1000003) + 0.25
		w := base + float64(i*1000003) + 0.75
		fmt.Println(v, w, -v)
	}
	v := 736033889546137.25
	fmt.Println(v, v*2, v/2)
	f := float32(3036561.25) // spacing of float32 values here is 0.25
	for i := 0; i < 6; i++ {
		g := f + float32(i*2)
		fmt.Println(g, g+0.5, float64(g))
	}
	var x float32 = 2097152 // 2^21
	x += 0.25
	fmt.Println(x, x+1, x+2)
	println(v, f)
}
