package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[float64]int{}
	m[1.5] = 1
	m[2.25] = 2
	m[1.5] += 10
	fmt.Println(len(m), m[1.5], m)

	nan := math.NaN()
	m[nan] = 100
	m[nan] = 200
	m[nan] = 300
	fmt.Println("len after 3 NaN inserts", len(m))
	v, ok := m[nan]
	fmt.Println("lookup NaN", v, ok)
	delete(m, nan)
	fmt.Println("len after delete NaN", len(m))
	nanSum, nanCount := 0, 0
	for k, v := range m {
		if k != k {
			nanSum += v
			nanCount++
		}
	}
	fmt.Println("nan entries", nanCount, nanSum)

	zero := 0.0
	negZero := -zero
	z := map[float64]string{}
	z[0.0] = "pos"
	z[negZero] = "neg"
	fmt.Println(len(z), z[0], z[negZero])
	for k := range z {
		fmt.Println("key is negative zero:", 1/k == math.Inf(-1))
	}

	inf := map[float64]bool{math.Inf(1): true, math.Inf(-1): false}
	fmt.Println(len(inf), inf[math.Inf(1)], inf)

	f32 := map[float32]int{0.1: 1}
	fmt.Println(f32[0.1], f32[float32(0.1)])
	var f64 float64 = 0.1
	fmt.Println(f32[float32(f64)])

	clear(m)
	fmt.Println(len(m))
	m[nan] = 1
	m[nan] = 2
	fmt.Println(len(m))
	clear(m)
	fmt.Println("after clear", len(m))
}
