package main

import "fmt"

func g() (s string) {
	defer func() {
		if r := recover(); r != nil {
			s = fmt.Sprint("g recovered ", r)
		}
	}()
	panic("B")
}

func main() {
	defer func() {
		fmt.Println("outer recover:", recover())
	}()
	defer func() {
		fmt.Println("D1 calls g:", g())
	}()
	panic("A")
}
