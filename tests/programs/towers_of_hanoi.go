package main

import "fmt"

var moves int
var pegs [3]int

func hanoi(n int, from, to, via int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to)
	moves++
	pegs[from]--
	pegs[to]++
	if n >= 4 {
		fmt.Println("move disk", n, "from", from, "to", to)
	}
	hanoi(n-1, via, to, from)
}

func ackermann(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func main() {
	pegs[0] = 6
	hanoi(6, 0, 2, 1)
	fmt.Println("moves:", moves, "pegs:", pegs)
	for m := 0; m <= 2; m++ {
		for n := 0; n <= 3; n++ {
			fmt.Print(ackermann(m, n), " ")
		}
		fmt.Println()
	}
	fmt.Println("A(3,4) =", ackermann(3, 4))
}
