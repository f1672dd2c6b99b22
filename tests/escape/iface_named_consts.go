// Typed constants of named types, math constants and expressions folded
// to constants, as gc renders them when they are boxed.
package main

import (
	"fmt"
	"math"
)

type Color string

type Flag bool

const (
	Red   Color = "red"
	On    Flag  = true
	Ratio       = 1.0 / 3
)

func main() {
	fmt.Println(Red, On, Ratio, math.Pi)
	fmt.Println(math.MaxInt64, -7, 1<<40, 'A'+1)
	fmt.Println(len("four"), float64(1)/8, 100*1.5)
}
