package main

const Version = "v" + "1.2"

type Rect struct {
	W, H int
}

func square(x int) int { return x * x }

func cube(x int) int { return square(x) * x }

func isPrime(n int) bool {
	if n < 2 {
		return false
	}
	for d := 2; d*d <= n; d++ {
		if n%d == 0 {
			return false
		}
	}
	return true
}

func countPrimes(limit int) int {
	c := 0
	for i := range limit {
		if isPrime(i) {
			c++
		}
	}
	return c
}

func area(r Rect) int { return r.W * r.H }

func perimeter(r *Rect) int { return 2 * (r.W + r.H) }

func grow(r *Rect, k int) {
	r.W *= k
	r.H += k
}
