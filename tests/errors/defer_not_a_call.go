package main

import "fmt"

func f() int { return 1 }

func main() {
	x := []int{1}
	defer len(x)
	defer int(3)
	defer x
	defer fmt.Println
	defer f()
	defer (f())
}
