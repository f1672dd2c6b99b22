package main

import (
	"fmt"
	"os"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type Pixel struct {
	C     Color
	X, Y  int
	Label string
}

type Palette struct {
	Name   string
	Colors []Color
	Fav    map[string]Color
	Best   *Color
}

func main() {
	fmt.Println(Red, Blue, Color(7))
	fmt.Printf("%v %s %d %q %x\n", Green, Green, Green, Green, Green)
	fmt.Printf("%5s|%-7v|%08d\n", Red, Blue, Blue)
	fmt.Println(Temp(21.456), []Temp{1, -2.25})

	px := Pixel{Blue, 1, 2, "p"}
	fmt.Println(px)
	fmt.Printf("%v\n%+v\n%#v\n", px, px, px)

	best := Green
	pal := Palette{"warm", []Color{Red, Blue}, map[string]Color{"sky": Blue, "fire": Red}, &best}
	fmt.Printf("%v\n", pal.Colors)
	fmt.Printf("%v\n", pal.Fav)
	fmt.Printf("%+v\n", pal.Best == nil)
	fmt.Println(*pal.Best)

	arr := [3]Color{Blue, Green, Red}
	fmt.Println(arr, len(arr))
	var any interface{} = Blue
	fmt.Println(any)
	fmt.Fprintln(os.Stdout, Red, "to stdout")
	s := fmt.Sprint(Red, Green)
	fmt.Println(s, len(s))
	s = fmt.Sprintln(Red, Green)
	fmt.Print(s)
	fmt.Printf("%v %v\n", []interface{}{Red, 1}, map[Color]int{Blue: 3, Red: 1})
}
