package main

import "fmt"

type Pt struct {
	X, Y int
}

type Named struct {
	Name  string
	Ok    bool
	Score float64
	Pos   Pt
	Tags  [2]string
}

type Celsius float64

func main() {
	p := Pt{1, 2}
	fmt.Println(p)
	fmt.Println(&p)
	fmt.Println([3]int{1, 2, 3})
	fmt.Println([2]Pt{{1, 2}, {3, 4}})
	fmt.Println([2][3]int{{1, 2, 3}, {4, 5, 6}})
	n := Named{"bob", true, 2.5, Pt{-1, 0}, [2]string{"x", ""}}
	fmt.Println(n)
	fmt.Println(&n)
	fmt.Println(true, false, !true)
	fmt.Println([2]bool{true, false})
	fmt.Println(struct{}{})
	fmt.Println(struct {
		A int
		B string
	}{7, "seven"})
	fmt.Println([0]int{})
	fmt.Println([3]string{"a", "b", "c"})
	fmt.Println([2]float64{1, 0.5})
	fmt.Println(Celsius(36.6), [2]Celsius{1.5, -2})
	var e Named
	fmt.Println(e)
	fmt.Println([2]byte{65, 66}, [2]rune{'a', 'b'})
	fmt.Println("a", 1, "b", 2.0, true)
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print(p, p, "\n")
	fmt.Println()
	fmt.Println("")
	fmt.Println(int8(-5), uint64(18446744073709551615))
}
