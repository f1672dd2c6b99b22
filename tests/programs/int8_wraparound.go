package main

import "fmt"

func main() {
	var x int8 = 120
	for i := 0; i < 12; i++ {
		fmt.Print(x, " ")
		x++
	}
	fmt.Println()
	var y int8 = -120
	for i := 0; i < 12; i++ {
		fmt.Print(y, " ")
		y -= 1
	}
	fmt.Println()
	var sum int8
	for i := 0; i < 100; i++ {
		sum += int8(i)
	}
	fmt.Println("sum:", sum)
	var m int8 = -128
	fmt.Println(-m, m/-1, m*-1)
	var p int8 = 1
	for i := 0; i < 9; i++ {
		fmt.Print(p, " ")
		p *= 2
	}
	fmt.Println()
	var u uint8 = 250
	for i := 0; i < 10; i++ {
		fmt.Print(u, " ")
		u += 1
	}
	fmt.Println()
}
