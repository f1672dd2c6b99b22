package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159265358979
	fmt.Printf("%f|%.2f|%8.3f|%-8.3f|%08.3f|%+.1f|% .1f\n", x, x, x, x, x, x, x)
	fmt.Printf("%e|%.3e|%E|%10.2e\n", x, x, x, x)
	fmt.Printf("%g|%.3g|%G|%10g\n", x, x, x, x)
	big := 123456789.0
	fmt.Printf("%f|%e|%g|%v|%.3g\n", big, big, big, big, big)
	small := 0.000012345
	fmt.Printf("%f|%e|%g|%v|%.2g\n", small, small, small, small, small)
	fmt.Printf("%v %v %v %v\n", 1e20, 1e21, 1e-4, 1e-5)
	fmt.Printf("%v %v %v\n", 100.0, 0.5, 2.0/3.0)
	fmt.Printf("%.0f %.0f %.0f %.0f\n", 0.5, 1.5, 2.5, -0.5)
	fmt.Printf("%.1f %.1f %.2f\n", 0.05, 0.15, 1.005)
	fmt.Printf("%v %v %v\n", float32(0.1), float32(1)/3, float64(float32(0.1)))
	fmt.Printf("%g %g\n", float32(3.4e38), 5e-324)

	inf, nan := math.Inf(1), math.NaN()
	fmt.Printf("%v %v %v\n", inf, -inf, nan)
	fmt.Printf("%f %.2f %e %g\n", inf, -inf, nan, nan)
	fmt.Printf("[%8v][%-8v][%08v][%+v]\n", inf, nan, -inf, inf)
	zero := 0.0
	negz := -zero
	fmt.Printf("%v %f %g %.1e\n", negz, negz, negz, negz)

	fmt.Printf("%#g %#.3g %#v %#v\n", 1.0, 2.0, 1.0, 1e6)
	fmt.Printf("%x %X\n", 1.0, 255.5)
	fmt.Printf("%b\n", 1.0)
	fmt.Printf("%6.2f|%-7.1f|\n", []float64{1, 2.345}, []float64{9.99})
	fmt.Printf("%.3v %.10v\n", math.Pi, math.Pi)
	fmt.Printf("%5.1f%%\n", 45.678)
	fmt.Println(1e6, 1e-6, 123456789.0, 1234567890123456789.0, float32(16777216))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(0.1+0.2, 1.0/3.0, -2.5e-10)
}
