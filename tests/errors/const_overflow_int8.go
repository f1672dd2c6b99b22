package main

func main() {
	var a int8 = 300
	println(a)
}
