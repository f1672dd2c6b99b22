package main

import "fmt"

type Frame struct {
	Depth int
	Name  string
	Acc   [12]int64
	F     float64
}

type Result struct {
	Sum   int64
	Max   int
	Label string
}

func walk(n int, f Frame) Result {
	if n == 0 {
		return Result{f.Acc[0] + f.Acc[11], f.Depth, f.Name}
	}
	f.Depth++
	f.Acc[n%12] += int64(n)
	f.F += 0.5
	if n%10000 == 0 {
		f.Name += "."
	}
	r := walk(n-1, f)
	if f.Depth > r.Max {
		r.Max = f.Depth
	}
	r.Sum += f.Acc[n%12] % 3
	return r
}

func even(n int, tag [4]byte) (bool, [4]byte) {
	if n == 0 {
		return true, tag
	}
	tag[n%4]++
	return odd(n-1, tag)
}

func odd(n int, tag [4]byte) (bool, [4]byte) {
	if n == 0 {
		return false, tag
	}
	return even(n-1, tag)
}

func depthNamed(n int, in Frame) (out Frame, count int) {
	if n == 0 {
		out = in
		return
	}
	out, count = depthNamed(n-1, in)
	out.Acc[0]++
	count++
	return
}

func main() {
	var f Frame
	f.Name = "root"
	r := walk(50000, f)
	fmt.Println(r.Sum, r.Max, r.Label)
	fmt.Println(f.Depth, f.Acc[0], f.Name)
	ok, tag := even(60001, [4]byte{})
	fmt.Println(ok, tag)
	ok, tag = even(60000, [4]byte{250, 0, 0, 0})
	fmt.Println(ok, tag)
	out, c := depthNamed(50000, Frame{Name: "x", F: 1.25})
	fmt.Println(out.Acc[0], c, out.Name, out.F)
}
