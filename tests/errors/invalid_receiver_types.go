package main

import "fmt"

type P *int
type I interface{ M() }

func (p P) Get() int { return *p }

func (i I) Do() {}

func (n int) Double() int { return n * 2 }

func (s fmt.Stringer) Twice() string { return s.String() }

func main() {
	fmt.Println("x")
}
