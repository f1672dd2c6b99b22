package main

func main() {
	x := 1
	y := "two"
	println(x + y)
}
