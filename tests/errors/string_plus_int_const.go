package main

func main() {
	s := "count: " + 5
	println(s)
}
