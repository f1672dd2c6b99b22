package main

func one() int { return 1 }

func two() (int, int) { return 1, 2 }

func main() {
	a, b := one()
	c := two()
	var d, e int = 1
	var f, g = 1, 2, 3
	println(a, b, c, d, e, f, g)
}
