package main

import "fmt"

type P struct{ X, Y int }

func main() {
	for i := 0; i < 3; i++ {
		fmt.Println("out", i)
		println("err", i)
	}
	var f32 float32 = 0.25
	f64 := -1234.5
	println(f32, f64)
	var b bool
	println(b, !b)
	var r rune = 'A'
	var by byte = 'B'
	println(r, by)
	p := P{1, 2}
	println(p.X + p.Y)
	print("x", "y", "\n")
	fmt.Print("done\n")
}
