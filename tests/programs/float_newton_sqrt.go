package main

import "fmt"

func sqrt(x float64) float64 {
	z := x / 2
	if z == 0 {
		return 0
	}
	for i := 0; i < 50; i++ {
		nz := z - (z*z-x)/(2*z)
		if nz == z {
			break
		}
		z = nz
	}
	return z
}

func sqrt32(x float32) float32 {
	z := x / 2
	for i := 0; i < 20; i++ {
		z = z - (z*z-x)/(2*z)
	}
	return z
}

func main() {
	for i := 1; i <= 10; i++ {
		fmt.Println(i, sqrt(float64(i)), sqrt32(float32(i)))
	}
	fmt.Println(sqrt(2)*sqrt(2), sqrt(1e10), sqrt(0.25))
	sum := 0.0
	for i := 1; i <= 1000; i++ {
		sum += 1.0 / float64(i)
	}
	fmt.Println("harmonic(1000):", sum)
	var s32 float32
	for i := 0; i < 1000; i++ {
		s32 += 0.1
	}
	s64 := 0.0
	for i := 0; i < 1000; i++ {
		s64 += 0.1
	}
	fmt.Println(s32, s64)
	pi := 0.0
	sign := 1.0
	for k := 0; k < 100000; k++ {
		pi += sign * 4 / float64(2*k+1)
		sign = -sign
	}
	fmt.Println("pi approx:", pi)
	fact := 1.0
	for i := 1; i <= 25; i++ {
		fact *= float64(i)
	}
	fmt.Println("25! =", fact)
	fmt.Println(int(sqrt(1000000)), int64(fact/1e20))
}
