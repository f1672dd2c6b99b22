// Integer division by zero inside an inlined function; the panic is first
// recovered once (printing the runtime error) and then happens again
// unrecovered: exit status 2.
package main

import "fmt"

func div(a, b int) int {
	return a / b
}

func mod(a, b int) int { return a % b }

func safe(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	q = div(a, b)
	return
}

func main() {
	fmt.Println(div(7, 2), mod(7, 3), div(-9, 4), mod(-9, 4))
	q, err := safe(10, 0)
	fmt.Println(q, err)
	q, err = safe(10, 3)
	fmt.Println(q, err)
	zero := 0
	for i := 3; i >= 0; i-- {
		fmt.Println("i", i, mod(100, i+zero))
		fmt.Println("q", div(12, i))
	}
}
