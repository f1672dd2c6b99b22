package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(a, b, c int) (lo, hi int) {
	lo, hi = a, a
	if b < lo {
		lo = b
	}
	if c < lo {
		lo = c
	}
	if b > hi {
		hi = b
	}
	if c > hi {
		hi = c
	}
	return
}

func named() (s string, n int, ok bool) {
	fmt.Println("zero values:", s == "", n, ok)
	s = "set"
	n = 3
	return
}

func early(x int) (r int) {
	r = 100
	if x < 0 {
		return
	}
	r = x * 2
	return r + 1
}

func three() (int, string, float64) {
	return 1, "two", 3.0
}

func add(a, b int) int        { return a + b }
func sum3(a, b, c int) int    { return a + b + c }
func pair() (int, int)        { return 4, 5 }
func ignore(_ int, b int) int { return b * 2 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	_, r2 := divmod(-17, 5)
	fmt.Println(r2)
	lo, hi := minmax(5, -2, 9)
	fmt.Println(lo, hi)
	fmt.Println(named())
	fmt.Println(early(-5), early(5))
	a, b, c := three()
	fmt.Println(a, b, c)
	fmt.Println(add(pair()))
	fmt.Println(add(add(1, 2), add(3, add(4, 5))))
	fmt.Println(sum3(add(1, 1), add(2, 2), add(3, 3)))
	fmt.Println(ignore(99, 7))
	var x, y int
	x, y = pair()
	x, y = y, x
	fmt.Println(x, y)
	fmt.Println(divmod(add(pair()), 4))
	var n int
	_, n, _ = three2()
	fmt.Println(n)
}

func three2() (a, b, c int) {
	a, b, c = 1, 2, 3
	b, c = c, b
	return
}
