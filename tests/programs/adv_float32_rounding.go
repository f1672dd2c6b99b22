package main

import "fmt"

func add32(a, b float32) float32 { return a + b }

func main() {
	a := float32(16777216)
	fmt.Println(a+1, a+1 == a, a+2, a+3)
	one := float32(1)
	fmt.Println(a+one-a, (a+one)-a, a-a+one)
	var s float32
	for i := 0; i < 10; i++ {
		s += 0.1
	}
	fmt.Println(s, s == 1, float64(s))
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	x := float32(0.1)
	y := float32(0.2)
	fmt.Println(x+y, x*y, x/y, y-x, float64(x+y), float64(x)+float64(y))
	three := float32(3)
	fmt.Println(one/three, one/three*three, float64(one/three))
	// products whose exact value needs rounding to float32
	p := float32(1.0000001)
	fmt.Println(p*p, p*p*p, float64(p)*float64(p))
	q := float32(3.4e38)
	fmt.Println(q*10, -q*10, q*10-q*10, q+q)
	tiny := float32(1e-45)
	fmt.Println(tiny, tiny/2, tiny*0.5, tiny*3)
	// conversions from float64 round to nearest even
	vals := [6]float64{0.1, 1.0 / 3, 16777217, 16777219, 1e39, 3.4028235e38}
	for _, v := range vals {
		fmt.Print(float32(v), " ")
	}
	fmt.Println()
	fmt.Println(add32(16777216, 1), add32(0.1, 0.2), add32(1e38, 1e38))
	// float32 in a struct and array
	type V struct{ X, Y float32 }
	v := V{0.3, 0.7}
	arr := [3]float32{v.X, v.Y, v.X + v.Y}
	fmt.Println(v, arr, arr[2] == 1)
	// int to float32 rounds
	n := 16777217
	m := int64(1<<60 + 1<<36 + 1)
	u := uint64(1<<63 + 1<<39 + 1)
	fmt.Println(float32(n), float32(m), float32(u), float32(int32(2147483647)))
	// float32 comparisons after rounding
	h := float32(0.1)
	fmt.Println(h == 0.1, float64(h) == 0.1, h > 0.1, float64(h) > 0.1)
	// printing
	fmt.Println(float32(1e20), float32(1e21), float32(123456789), float32(0.000001), float32(1e-7))
	fmt.Println(float32(100000000), float32(2.5e-5), float32(-0.0001))
}
