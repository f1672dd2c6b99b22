// spectral_norm is the benchmarks-game spectral-norm program, sequential
// version: the largest eigenvalue of an infinite matrix by the power
// method. Float division and multiply-add over slices; two vectors
// allocated per multiplication.
package main

import (
	"fmt"
	"math"
)

const n = 3500

func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// mulAv sets out = A·v.
func mulAv(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(i, j) * x
		}
		out[i] = s
	}
}

// mulAtv sets out = Aᵀ·v.
func mulAtv(v, out []float64) {
	for i := range out {
		s := 0.0
		for j, x := range v {
			s += a(j, i) * x
		}
		out[i] = s
	}
}

// mulAtAv sets out = AᵀA·v, through a fresh temporary.
func mulAtAv(v, out []float64) {
	tmp := make([]float64, len(v))
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	u := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	v := make([]float64, n)
	for i := 0; i < 10; i++ {
		mulAtAv(u, v)
		mulAtAv(v, u)
	}
	var vBv, vv float64
	for i, x := range v {
		vBv += u[i] * x
		vv += x * x
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
