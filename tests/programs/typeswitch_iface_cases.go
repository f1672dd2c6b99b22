package main

import (
	"errors"
	"fmt"
)

type Shape interface{ Area() float64 }
type Named interface{ Name() string }

type Sq struct{ S float64 }

func (s Sq) Area() float64 { return s.S * s.S }
func (s Sq) Name() string  { return "square" }

type Circle struct{ R float64 }

func (c Circle) Area() float64 { return 3 * c.R * c.R }

type Label string

func (l Label) Name() string { return string(l) }

type Temp int

func (t Temp) String() string { return fmt.Sprint(int(t), "deg") }

func kind(v interface{}) string {
	switch x := v.(type) {
	case Named: // first matching case wins, even if a later case is more specific
		return "named:" + x.Name()
	case Shape:
		return fmt.Sprint("shape:", x.Area())
	case error:
		return "error:" + x.Error()
	case fmt.Stringer:
		return "stringer:" + x.String()
	case interface{ Len() int }:
		return fmt.Sprint("lener:", x.Len())
	default:
		return fmt.Sprintf("plain:%v", x)
	}
}

type Bag []int

func (b Bag) Len() int { return len(b) }

func main() {
	items := []interface{}{Sq{2}, Circle{1}, Label("lbl"), errors.New("bad"), Temp(5), Bag{1, 2, 3}, 9, nil}
	for _, it := range items {
		fmt.Println(kind(it))
	}

	var s Shape = Sq{3}
	switch v := s.(type) {
	case Circle:
		fmt.Println("circle", v.R)
	case Sq:
		fmt.Println("square side", v.S, v.Name())
	}
	switch s.(type) {
	case Named:
		fmt.Println("s is also Named")
	}
	var n Named = Label("x")
	switch n := n.(type) {
	case Shape:
		fmt.Println("shape?", n)
	default:
		fmt.Printf("default %T %v\n", n, n.Name())
	}
}
