package main

import "fmt"

// Declared in an order different from the dependency order:
// total depends on a, b, c; c depends on b; b depends on a via f.
var total = a + b + c
var c = b * 10
var b = f(a)
var a = initA()

var trace string

func initA() int {
	trace += "A"
	return 3
}

func f(x int) int {
	trace += "B"
	return x + 4
}

var (
	x1 = y1 + 1
	y1 = z1 * 2
	z1 = 5
)

var arr = [3]int{z1, y1, x1}

type point struct{ X, Y int }

var origin = point{X: z1, Y: total}
var porigin = &origin

var greeting = prefix + "world"
var prefix = "hello, "

var counter int
var first = bump()
var second = bump()

func bump() int {
	counter++
	return counter * 100
}

func main() {
	fmt.Println(a, b, c, total)
	fmt.Println(trace)
	fmt.Println(x1, y1, z1, arr)
	fmt.Println(origin, porigin.X)
	porigin.Y = -1
	fmt.Println(origin)
	fmt.Println(greeting)
	fmt.Println(first, second, counter)
}
