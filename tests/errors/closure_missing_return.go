package main

import "fmt"

func main() {
	sign := func(n int) int {
		if n > 0 {
			return 1
		} else if n < 0 {
			return -1
		}
	}
	loop := func() string {
		for i := 0; i < 3; i++ {
			return "x"
		}
	}
	fmt.Println(sign(1), loop())
}
