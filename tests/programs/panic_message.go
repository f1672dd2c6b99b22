package main

import "fmt"

func check(n int) {
	if n > 3 {
		panic("n too large: " + string(rune('0'+n)))
	}
	fmt.Println("ok", n)
}

func main() {
	for i := 0; i < 10; i++ {
		check(i)
	}
	fmt.Println("unreachable")
}
