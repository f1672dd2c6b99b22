package main

y := 10

func main() {
	println(y)
}
