package main

import "fmt"

func main() {
	fmt.Println(0.1+0.2, 1e21, 1e20, 1e-5, 123456789.0, 100.0, 3.0)
	a, b := 0.1, 0.2
	fmt.Println(a+b, a*3, 1/3.0)
	fmt.Println(float32(1)/3, float32(0.1), float32(16777216.0)+1)
	z := 0.0
	nz := -z
	fmt.Println(z, nz, 1/nz < 0)
	one := 1.0
	fmt.Println(one/z, -one/z)
	big := 1e20
	fmt.Println(big, big*10, big*100, 1e-4, 0.001, 0.0001234)
	fmt.Println(123456789012345678.0, 12345678901234567890.0)
	fmt.Println(2.5, -2.5, 1.0/8, 0.000001, 1e6, 1e7, 12345.678)
	var f32 float32 = 1e21
	fmt.Println(f32, float32(1e20), float32(3.4e38), float32(1.0e-7))
	fmt.Println(float64(float32(0.1)))
	var m float64 = 1.7976931348623157e308
	fmt.Println(m, m*2, 5e-324)
	h := 0.5
	for i := 0; i < 5; i++ {
		fmt.Print(h, " ")
		h /= 10
	}
	fmt.Println()
	x := 1.0
	for i := 0; i < 25; i++ {
		x *= 10
		if i%4 == 0 {
			fmt.Println(x)
		}
	}
	fmt.Println(float64(7)/2, float64(-7)/2, 7.0/2.0)
}
