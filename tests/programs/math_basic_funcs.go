package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 1, 2, 4, 10, 0.25, 1e10} {
		fmt.Printf("sqrt(%v) = %v\n", x, math.Sqrt(x))
	}
	fmt.Println(math.Sqrt(-1), math.Sqrt(math.Inf(1)))
	for _, x := range []float64{-2.5, 2.5, -0.0, 3, -1e300} {
		fmt.Print(math.Abs(x), " ")
	}
	fmt.Println()
	for _, x := range []float64{1.5, -1.5, 2.0, -0.2, 0.9999, 1e16 + 1, -3.5} {
		fmt.Printf("%v: floor=%v ceil=%v\n", x, math.Floor(x), math.Ceil(x))
	}
	fmt.Println(math.Floor(math.Inf(-1)), math.Ceil(math.NaN()))
	pows := [][2]float64{{2, 10}, {2, -2}, {10, 0}, {0, 0}, {-8, 1.0 / 3}, {2, 0.5}, {-2, 3}, {1.5, 2}, {0, -1}, {math.Inf(1), -1}}
	for _, p := range pows {
		fmt.Printf("pow(%v,%v)=%v\n", p[0], p[1], math.Pow(p[0], p[1]))
	}
	hyp := func(a, b float64) float64 { return math.Sqrt(a*a + b*b) }
	fmt.Println(hyp(3, 4), hyp(5, 12), hyp(1, 1))
	round := func(x float64, places int) float64 {
		p := math.Pow(10, float64(places))
		return math.Floor(x*p+0.5) / p
	}
	fmt.Println(round(3.14159, 2), round(2.675, 2), round(-1.25, 1))
	fmt.Println(int(math.Floor(-2.5)), int(math.Ceil(-2.5)), int64(math.Pow(2, 40)))
	var dist float64
	pts := [][2]float64{{0, 0}, {3, 4}, {6, 8}, {6, 0}}
	for i := 1; i < len(pts); i++ {
		dx, dy := pts[i][0]-pts[i-1][0], pts[i][1]-pts[i-1][1]
		dist += math.Sqrt(dx*dx + dy*dy)
	}
	fmt.Println("path length", dist)
	fmt.Printf("%.10f %.10f\n", math.Pi, math.Sqrt(math.Pi))
}
