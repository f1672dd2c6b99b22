package main

func main() {
	v := "abc
	w := 2
}
