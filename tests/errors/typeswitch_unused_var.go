package main

import "fmt"

func main() {
	var v interface{} = "s"
	switch x := v.(type) {
	case int:
		fmt.Println("int")
	case string:
		fmt.Println("string")
	}
}
