package main

import (
	"fmt"
	"math"
)

func main() {
	pinf, ninf, nan := math.Inf(1), math.Inf(-1), math.NaN()
	fmt.Println(pinf, ninf, nan)
	fmt.Println(pinf == math.Inf(1), ninf == math.Inf(-1), -pinf == ninf, nan != nan, pinf != pinf)
	fmt.Println(pinf > math.MaxFloat64, ninf < -math.MaxFloat64, pinf == pinf, nan == nan, nan != nan)
	fmt.Println(nan < 1, nan > 1, nan == 1, nan <= nan)
	fmt.Println(pinf+1, pinf-pinf, pinf*0, ninf*-1, 1/pinf, -1/pinf)
	zero := 0.0
	fmt.Println(1/zero, -1/zero, zero/zero)
	negZero := -zero
	fmt.Println(negZero, 1/negZero, negZero == zero)
	fmt.Println(math.Sqrt(-4), math.Abs(ninf), math.Floor(nan), math.Pow(pinf, 0), math.Pow(nan, 0))

	vals := []float64{3, nan, -1, pinf, 0, ninf}
	mx, mn := math.Inf(-1), math.Inf(1)
	nans := 0
	for _, v := range vals {
		if v != v {
			nans++
			continue
		}
		if v > mx {
			mx = v
		}
		if v < mn {
			mn = v
		}
	}
	fmt.Println(mx, mn, nans)
	fmt.Println(max(1.0, nan), min(pinf, 2.0), max(ninf, -5.0))

	big := math.MaxFloat64
	fmt.Println(big*2, -big*2, big+1 == big)
	mf32 := float32(math.MaxFloat32)
	fmt.Println(mf32*2 > math.MaxFloat32, mf32*2)
	var f32 float32 = float32(pinf)
	fmt.Println(f32, float64(f32) == pinf)
	fmt.Printf("%.2f %5.1f %e %g\n", nan, pinf, ninf, -nan)
	fmt.Println(int64(1)<<62 > 0, math.Inf(1) == math.Inf(1))
}
