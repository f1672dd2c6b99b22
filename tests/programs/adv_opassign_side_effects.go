package main

import "fmt"

var calls int

func next() int {
	calls++
	fmt.Print("next", calls, " ")
	return calls % 3
}

type T struct {
	N   int
	Arr [3]int
}

var t T

func getT() *T {
	fmt.Print("getT ")
	return &t
}

var gx int

func ptr() *int {
	fmt.Print("ptr ")
	return &gx
}

func val(v int) int {
	fmt.Print("val", v, " ")
	return v
}

func main() {
	var a [3]int
	a[next()] += 1
	fmt.Println(a, calls)
	a[next()]++
	fmt.Println(a, calls)
	a[next()] -= 10
	fmt.Println(a, calls)
	a[next()] *= val(7)
	fmt.Println(a, calls)

	var m [3][3]int
	m[next()][next()] += 5
	fmt.Println(m)
	m[next()][next()]--
	fmt.Println(m)

	t.Arr = [3]int{1, 2, 3}
	getT().N += val(3)
	fmt.Println(t.N)
	getT().Arr[next()] <<= 2
	fmt.Println(t.Arr)
	getT().N++
	fmt.Println(t)

	*ptr() += 5
	*ptr() |= 8
	*ptr() %= val(6)
	(*ptr())++
	fmt.Println(gx)

	var s [2]string
	s[next()%2] += "x"
	s[next()%2] += "y"
	fmt.Println(s, len(s[0]), len(s[1]))

	f := [2]float32{1, 2}
	f[next()%2] += 0.1
	f[next()%2] /= 3
	fmt.Println(f)

	var u [3]uint8
	u[next()] -= 1
	u[next()] += 200
	u[next()] += 100
	fmt.Println(u)
}
