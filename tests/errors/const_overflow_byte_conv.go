package main

func main() {
	b := byte(256)
	var u uint = -1
	println(b, u)
}
