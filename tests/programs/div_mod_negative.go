package main

import "fmt"

func main() {
	var ns [4]int
	ns[0], ns[1], ns[2], ns[3] = 7, -7, 7, -7
	var ds [4]int
	ds[0], ds[1], ds[2], ds[3] = 2, 2, -2, -2
	for i := 0; i < 4; i++ {
		n, d := ns[i], ds[i]
		fmt.Println(n, "/", d, "=", n/d, " ", n, "%", d, "=", n%d)
	}
	var a int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 min / -1 =", a/m1, "rem", a%m1)
	var b int64 = -9223372036854775808
	var m2 int64 = -1
	fmt.Println("int64 min / -1 =", b/m2, "rem", b%m2)
	var u uint = 17
	var v uint = 5
	fmt.Println(u/v, u%v)
	var x int32 = -17
	x /= 5
	fmt.Println(x)
	x = -17
	x %= 5
	fmt.Println(x)
	// identity check: (n/d)*d + n%d == n
	ok := true
	for n := -20; n <= 20; n++ {
		for d := -6; d <= 6; d++ {
			if d == 0 {
				continue
			}
			if (n/d)*d+n%d != n {
				ok = false
			}
		}
	}
	fmt.Println("identity holds:", ok)
	var f float64 = -7
	fmt.Println(f/2, -7.0/2.0)
}
