package main

func main() {
	x := 3 @ 4
	println(x)
}
