package main

import "fmt"

type Stringer interface{ String() string }

type A struct{}

func (a *A) String() string { return "A" }

type B int

func main() {
	var s Stringer = &A{}
	switch v := s.(type) {
	case *A:
		fmt.Println("ptr", v)
	case A:
		fmt.Println("value", v)
	case B:
		fmt.Println("int", v)
	}
}
