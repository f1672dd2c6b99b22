// Constants converted to interfaces are printed by value, with the type
// in front when it is not the constant's default type.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
)

const big = 9007199254740992.0

func main() {
	fmt.Println(float32(0.333333), big, Sunday, Monday)
	fmt.Println("text", 'x', true, uint8(200), 1e100)
	fmt.Println(int64(-1), 2.5, "")
}
