package main

import "fmt"

type FS struct {
	F float64
	N int
}

func main() {
	zero := 0.0
	nan := zero / zero
	inf := 1 / zero
	ninf := -1 / zero
	fmt.Println(nan, inf, ninf, -nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan)
	fmt.Println(!(nan < 1), !(nan >= 1), inf > 1e308, ninf < -1e308, inf == inf, inf-inf)
	fmt.Println(inf*0, inf+ninf, inf/inf, inf*-1, -inf == ninf)
	x := nan
	if x < 0 {
		fmt.Println("neg")
	} else if x >= 0 {
		fmt.Println("nonneg")
	} else {
		fmt.Println("neither")
	}
	// NaN in composites
	a := FS{nan, 1}
	b := a
	fmt.Println(a == b, a != b, a)
	arr := [2]float64{nan, 1}
	arr2 := arr
	fmt.Println(arr == arr2, arr != arr2, arr)
	// switch on NaN
	switch x {
	case nan:
		fmt.Println("matched nan")
	default:
		fmt.Println("no match")
	}
	// float32 NaN and Inf
	z32 := float32(0)
	n32 := z32 / z32
	i32 := 1 / z32
	fmt.Println(n32, i32, -i32, n32 == n32, float64(n32) != float64(n32), float32(inf), float32(1e300*zero+1e39))
	big := 1e308
	fmt.Println(big*10, -big*10, float32(big))

	// negative zero
	nz := -zero
	fmt.Println(nz, zero, nz == zero, 1/nz, 1/zero)
	nz2 := zero * -1
	fmt.Println(nz2, 1/nz2)
	nz3 := -1e-320 / 1e10
	fmt.Println(nz3, 1/nz3)
	var nz32 float32 = -z32
	fmt.Println(nz32, 1/nz32, float64(nz32))
	s1 := FS{nz, 0}
	s2 := FS{zero, 0}
	fmt.Println(s1 == s2, s1, s2)
	a1 := [1]float64{nz}
	a2 := [1]float64{0}
	fmt.Println(a1 == a2, a1)
	fmt.Println(min(zero, nz), max(nz, zero), min(nz, zero), max(zero, nz))
	fmt.Println(1/min(zero, nz), 1/max(nz, zero))
	fmt.Println(min(nan, 1), max(1, nan), min(inf, ninf), max(ninf, 2.5, inf))
	// -0 from integer conversion is +0
	i := 0
	fmt.Println(-float64(i), float64(-i), 1/-float64(i))
	// subnormal and extreme printing
	fmt.Println(5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, -1e-310)
	t := 5e-324
	fmt.Println(t/2, t*0.5, t*2, -t)
	// println prints floats its own way
	println(nan, inf, ninf, nz, 1.5, float32(0.1))
}
