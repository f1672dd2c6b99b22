package main

func main() {
	println(1)
}

func main() {
	println(2)
}
