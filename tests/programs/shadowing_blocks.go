package main

import "fmt"

var x = "package"

func show() {
	fmt.Println("show:", x)
}

func main() {
	fmt.Println(x)
	x := 1
	fmt.Println(x)
	{
		x := 2.5
		fmt.Println(x)
		{
			x := "inner"
			fmt.Println(x)
		}
		x += 1
		fmt.Println(x)
	}
	fmt.Println(x)
	show()
	if x := x * 10; x > 5 {
		fmt.Println("if:", x)
		x := x + 1
		fmt.Println("if inner:", x)
	} else {
		fmt.Println("else:", x)
	}
	for x := 0; x < 2; x++ {
		x := x * 100
		fmt.Println("for:", x)
	}
	switch x := "s"; x {
	case "s":
		x := 42
		fmt.Println("switch:", x)
	}
	fmt.Println(x)
	y, x := 5, 6
	fmt.Println(x, y)
	a, b := 1, 2
	{
		a, b := b, a
		fmt.Println(a, b)
	}
	fmt.Println(a, b)
	var err = 3
	if err := err + 1; err > 3 {
		fmt.Println("err:", err)
	}
	fmt.Println(err)
	len := 5
	fmt.Println(len)
	true := false
	fmt.Println(true)
}
