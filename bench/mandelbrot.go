// mandelbrot is the benchmarks-game mandelbrot program, sequential
// version, printing a checksum instead of the PBM bitmap: the number of
// points in the set and a hash of the packed bitmap rows. Tight float
// loops with an early exit, byte packing.
package main

import "fmt"

const (
	size    = 3200
	maxIter = 50
	limit   = 4.0
)

func main() {
	rowBytes := (size + 7) / 8
	row := make([]byte, rowBytes)
	inside := 0
	var hash uint32 = 2166136261 // FNV-1a over every packed row
	for y := 0; y < size; y++ {
		ci := 2*float64(y)/size - 1
		for i := range row {
			row[i] = 0
		}
		for x := 0; x < size; x++ {
			cr := 2*float64(x)/size - 1.5
			zr, zi, tr, ti := 0.0, 0.0, 0.0, 0.0
			k := 0
			for ; k < maxIter && tr+ti <= limit; k++ {
				zi = 2*zr*zi + ci
				zr = tr - ti + cr
				tr = zr * zr
				ti = zi * zi
			}
			if tr+ti <= limit {
				row[x/8] |= 0x80 >> uint(x%8)
				inside++
			}
		}
		for _, b := range row {
			hash ^= uint32(b)
			hash *= 16777619
		}
	}
	fmt.Printf("P4 %d %d: %d points inside, hash %08x\n", size, size, inside, hash)
}
