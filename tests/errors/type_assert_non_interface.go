package main

import "fmt"

func main() {
	x := 5
	s := []int{1}
	if n, ok := x.(int); ok {
		fmt.Println(n)
	}
	switch v := s.(type) {
	case []int:
		fmt.Println(v)
	}
}
