package main

func main() {
	a, b := 1, 2
	a, b := 3, 4
	println(a, b)
}
