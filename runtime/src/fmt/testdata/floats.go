// Generates random strconv.FormatFloat cases: `go run floats.go N SEED > f.txt`,
// then CRANEGO_FLOAT_CASES=f.txt cargo test --release floats_like_go_file -- --ignored.

package main

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
)

func main() {
	n := 20000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	seed := int64(42); if len(os.Args) > 2 { s, _ := strconv.Atoi(os.Args[2]); seed = int64(s) }; r := rand.New(rand.NewSource(seed))
	fmts := []byte("eEfgGbxX")
	for i := 0; i < n; i++ {
		var bits uint64
		switch r.Intn(5) {
		case 0:
			bits = r.Uint64()
		case 1:
			bits = math.Float64bits(float64(r.Intn(2000000)-1000000) / float64([]int{1, 2, 4, 8, 10, 100, 1000}[r.Intn(7)]))
		case 2:
			bits = math.Float64bits(r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20)))
		case 3:
			bits = math.Float64bits(float64(math.Float32frombits(r.Uint32())))
		default:
			bits = math.Float64bits(float64(r.Intn(100)) + 0.5)
		}
		v := math.Float64frombits(bits)
		f := fmts[r.Intn(len(fmts))]
		prec := r.Intn(25) - 1
		if r.Intn(4) == 0 {
			prec = -1
		}
		size := 64
		if r.Intn(3) == 0 {
			size = 32
		}
		fmt.Printf("%d %c %d %d %s\n", bits, f, prec, size, strconv.FormatFloat(v, f, prec, size))
	}
}
