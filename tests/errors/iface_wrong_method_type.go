package main

import "fmt"

type Namer interface {
	Name() string
}

type Person struct{ id int }

func (p Person) Name() int { return p.id }

func main() {
	var n Namer
	n = Person{1}
	fmt.Println(n)
}
