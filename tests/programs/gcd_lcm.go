package main

import "fmt"

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func gcdRec(a, b uint64) uint64 {
	if b == 0 {
		return a
	}
	return gcdRec(b, a%b)
}

func lcm(a, b int) int {
	return a / gcd(a, b) * b
}

func extGcd(a, b int) (g, x, y int) {
	if b == 0 {
		return a, 1, 0
	}
	g, x1, y1 := extGcd(b, a%b)
	x = y1
	y = x1 - (a/b)*y1
	return
}

func main() {
	fmt.Println(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(1071, 462))
	fmt.Println(gcdRec(1<<40, 1<<20*3), gcdRec(18446744073709551615, 5))
	l := 1
	for i := 1; i <= 20; i++ {
		l = lcm(l, i)
	}
	fmt.Println("lcm 1..20:", l)
	g, x, y := extGcd(240, 46)
	fmt.Println(g, x, y, 240*x+46*y)
	coprime := 0
	for a := 1; a <= 100; a++ {
		for b := 1; b <= 100; b++ {
			if gcd(a, b) == 1 {
				coprime++
			}
		}
	}
	fmt.Println("coprime pairs:", coprime)
	phi := 0
	for k := 1; k <= 360; k++ {
		if gcd(k, 360) == 1 {
			phi++
		}
	}
	fmt.Println("phi(360):", phi)
}
