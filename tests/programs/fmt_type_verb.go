package main

import (
	"errors"
	"fmt"
)

type MyInt int
type Pair struct{ A, B int }
type List []Pair
type Fn func(int) (string, error)
type Shape interface{ Area() float64 }
type Sq float64

func (s Sq) Area() float64 { return float64(s * s) }

func main() {
	vals := []interface{}{
		1, int8(1), uint16(1), int64(1), 1.5, float32(1.5), "s", 'r', byte('b'), true, nil,
		MyInt(3), Pair{}, &Pair{}, List{}, []Pair{}, [3]int{}, map[string][]int{},
		map[Pair]*Pair{}, Fn(nil), func() {}, func(a, b int, s ...string) bool { return true },
		errors.New("e"), struct{ X int }{}, struct{}{}, []interface{}{}, &[]int{}, [][]string{},
		Sq(1), new(int), new(*int), [0]bool{},
	}
	for i, v := range vals {
		fmt.Printf("%2d %T\n", i, v)
	}
	var s Shape = Sq(2)
	fmt.Printf("%T %v\n", s, s.Area())
	var sp *Shape
	fmt.Printf("%T\n", sp)
	fmt.Printf("[%10T][%-10T]\n", 1, "x")
	fmt.Println(fmt.Sprintf("%T", map[MyInt]List{}))
	fmt.Printf("%T %T\n", main, fmt.Println)
	fmt.Printf("%T\n", struct {
		A int
		b string
	}{})
}
