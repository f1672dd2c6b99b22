package main

import "fmt"

type P struct {
	X, Y int
}

var calls int

func two() (int, string) {
	calls++
	return calls, "s"
}

func pair(a int, s string) string {
	r := s
	for i := 0; i < a; i++ {
		r += "*"
	}
	return r
}

func swap(a, b int) (int, int) { return b, a }

func add(a, b int) int { return a + b }

func three() (P, [2]int, float32) {
	return P{1, 2}, [2]int{3, 4}, 0.5
}

func consume(p P, a [2]int, f float32) string {
	p.X += 100
	a[0] = -a[0]
	if f > 0 {
		return pair(p.X+a[0], "c")
	}
	return "neg"
}

func passthrough() (P, [2]int, float32) {
	return three()
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum3(a, b, c int) int { return a*100 + b*10 + c }

func triple() (int, int, int) { return 1, 2, 3 }

func rot(a, b, c int) (int, int, int) { return b, c, a }

func bools() (bool, bool) { return true, false }

func and(a, b bool) bool { return a && b }

func strs() (string, string) { return "x", "y" }

func main() {
	fmt.Println(two())
	fmt.Println(pair(two()))
	fmt.Println(swap(swap(1, 2)))
	fmt.Println(add(swap(3, 4)))
	fmt.Println(add(divmod(17, 5)))
	fmt.Println(consume(three()))
	fmt.Println(consume(passthrough()))
	fmt.Println(three())
	fmt.Println(sum3(rot(rot(triple()))))
	fmt.Println(rot(triple()))
	fmt.Println(and(bools()), and(swapB(bools())))
	fmt.Println(strs())
	a, b := strs()
	a, b = b, a
	fmt.Println(a + b)
	println(divmod(-17, 5))
	print(strs())
	print("\n")
	x, y := divmod(add(divmod(100, 7)), 3)
	fmt.Println(x, y, calls)
}

func swapB(a, b bool) (bool, bool) { return b, a }
