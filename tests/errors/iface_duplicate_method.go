package main

import "fmt"

type Reader interface {
	Read() string
	Read() string
}

type Both interface {
	Close() error
	Close() int
}

func main() {
	var r Reader
	fmt.Println(r)
}
