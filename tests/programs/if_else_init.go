package main

import "fmt"

func sign(x int) int {
	if x > 0 {
		return 1
	} else if x < 0 {
		return -1
	}
	return 0
}

func classify(n int) string {
	if r := n % 15; r == 0 {
		return "fizzbuzz"
	} else if r%5 == 0 {
		return "buzz"
	} else if r%3 == 0 {
		return "fizz"
	} else {
		return "num"
	}
}

func lookup(i int) (int, bool) {
	if i >= 0 && i < 3 {
		return [3]int{7, 8, 9}[i], true
	}
	return 0, false
}

func main() {
	fmt.Println(sign(-5), sign(0), sign(9))
	for i := 1; i <= 15; i++ {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	for i := -1; i <= 3; i++ {
		if v, ok := lookup(i); ok {
			fmt.Println("found", i, v)
		} else {
			fmt.Println("missing", i, v)
		}
	}
	x := 10
	if x := 5; x > 3 {
		x++
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	if y := x * 2; y > 100 {
		fmt.Println("big")
	} else if z := y + 1; z > 20 {
		fmt.Println("z", z, y)
	} else {
		fmt.Println("small", y, z)
	}
	if true {
		fmt.Println("true branch")
	}
	if !true {
		fmt.Println("never")
	} else {
		fmt.Println("else branch")
	}
}
