package main

import "fmt"

type MyInt int

func main() {
	var v interface{} = 1
	switch v.(type) {
	case int, string:
		fmt.Println("a")
	case MyInt, int:
		fmt.Println("b")
	case nil:
	case nil:
	}
}
