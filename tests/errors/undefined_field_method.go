package main

import "fmt"

type Inner struct{ X int }
type Outer struct {
	Inner
	name string
}

func main() {
	o := Outer{}
	fmt.Println(o.Y)
	fmt.Println(o.Inner.Name)
	o.Run()
	p := &o
	fmt.Println(p.nam)
}
