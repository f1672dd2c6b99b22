package main

import "fmt"

type three struct{ a, b, c int64 }
type five struct{ a, b, c, d, e int8 }

func main() {
	var b []byte
	var h []int16
	var w []int32
	var q []int64
	var st []string
	var t3 []three
	var f5 []five
	var fl []float32
	for i := 0; i < 20; i++ {
		b = append(b, byte(i))
		h = append(h, int16(i))
		w = append(w, int32(i))
		q = append(q, int64(i))
		st = append(st, "x")
		t3 = append(t3, three{})
		f5 = append(f5, five{})
		fl = append(fl, 1.5)
		fmt.Println(i+1, cap(b), cap(h), cap(w), cap(q), cap(st), cap(t3), cap(f5), cap(fl))
	}
	fmt.Println(b)
	fmt.Println(h)
	fmt.Println(w)
	fmt.Println(q)
	fmt.Println(st)
	fmt.Println(len(t3), t3[:2])
	fmt.Println(len(f5), f5[18:])
	fmt.Println(fl[:3])
}
