package main

import "fmt"

type Person struct {
	Name string
	Age  int
}

func (p Person) Name() string { return p.Name }

func main() {
	fmt.Println(Person{"a", 1})
}
