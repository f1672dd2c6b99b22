package main

import "fmt"

func get(a [3]int, i int) int {
	return a[i]
}

func main() {
	a := [3]int{10, 20, 30}
	sum := 0
	for i := 0; i < 3; i++ {
		sum += get(a, i)
		fmt.Println("a[", i, "] =", a[i])
	}
	fmt.Println("sum", sum)
	i := 5
	fmt.Println("about to index", i)
	fmt.Println(get(a, i))
	fmt.Println("unreachable")
}
