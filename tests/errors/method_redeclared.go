package main

import "fmt"

type T struct{}

func (t T) Name() string { return "a" }

func (t *T) Name() string { return "b" }

func (t T) Size() int { return 1 }

func (t T) Size() int { return 2 }

func main() {
	fmt.Println(T{}.Name())
}
