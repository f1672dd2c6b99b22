package main

import "fmt"

func main() {
	x := 42
	fmt.Printf("%d %s\n", x, "ok")
}
