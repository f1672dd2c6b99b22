package main

import (
	"errors"
	"fmt"
)

type Fatal struct {
	Code int
}

func (f Fatal) Error() string { return fmt.Sprintf("fatal code %d", f.Code) }

func mustPositive(n int) int {
	if n <= 0 {
		panic(Fatal{n})
	}
	return n
}

func main() {
	total := 0
	for _, n := range []int{3, 1, 4} {
		total += mustPositive(n)
	}
	fmt.Println("total", total)
	err := errors.New("regular error")
	fmt.Println(err)
	var f error = Fatal{7}
	fmt.Println(f, f.Error())
	fmt.Println("about to panic with an error value")
	mustPositive(-2)
	fmt.Println("unreachable")
}
