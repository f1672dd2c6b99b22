// A func literal called where it is written is still a func literal
// location; it does not escape.
package main

import "fmt"

func compute(n int) int {
	total := 0
	func() {
		for i := 1; i <= n; i++ {
			total += i
		}
	}()
	sq := func(v int) int { return v * v }(n)
	return total + sq
}

func main() {
	fmt.Println(compute(4))
}
