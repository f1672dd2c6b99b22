package main

import "fmt"

type A struct{ Name string }

func (A) Hello() string { return "A" }

type B struct{ Name string }

func (B) Hello() string { return "B" }

type C struct {
	A
	B
}

func main() {
	c := C{}
	fmt.Println(c.Name)
	fmt.Println(c.Hello())
}
