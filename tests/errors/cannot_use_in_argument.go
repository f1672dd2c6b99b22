package main

func greet(name string) {
	println(name)
}

func main() {
	n := 42
	greet(n)
}
