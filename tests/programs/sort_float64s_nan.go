package main

import (
	"fmt"
	"math"
	"sort"
)

func main() {
	nan := math.NaN()
	fl := []float64{3, nan, -1, math.Inf(1), 0, math.Inf(-1), nan, 2.5}
	sort.Float64s(fl)
	fmt.Println(fl)
	nans := 0
	for _, f := range fl {
		if f != f {
			nans++
		}
	}
	fmt.Println("nans", nans, "first two NaN:", fl[0] != fl[0] && fl[1] != fl[1])

	vals := []float64{0.1, 0.01, 0.001, 1, 10, 1e-300, 1e300, -0.5}
	sort.Float64s(vals)
	fmt.Println(vals)
	fmt.Printf("%.3g\n", vals)

	mixed := []float64{2, 2, 1, 1, 3, 3}
	sort.Float64s(mixed)
	fmt.Println(mixed)

	grades := map[string]float64{"ann": 3.7, "bob": 2.9, "cat": 3.95, "dan": 3.7}
	var gs []float64
	for _, g := range grades {
		gs = append(gs, g)
	}
	sort.Float64s(gs)
	fmt.Println(gs, len(gs))
	median := (gs[1] + gs[2]) / 2
	fmt.Printf("median %.2f\n", median)

	ints := make([]float64, 0, 20)
	for i := 20; i > 0; i-- {
		ints = append(ints, float64(i%7)/2)
	}
	sort.Float64s(ints)
	fmt.Println(ints)
}
