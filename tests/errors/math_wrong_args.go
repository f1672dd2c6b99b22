package main

import (
	"fmt"
	"math"
)

func main() {
	n := 16
	fmt.Println(math.Sqrt(n))
	var f float32 = 2
	fmt.Println(math.Abs(f))
	var i int = math.Pi
	var u uint8 = math.MaxUint16
	fmt.Println(i, u, math.Floor("1.5"))
}
