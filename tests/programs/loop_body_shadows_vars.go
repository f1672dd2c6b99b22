package main

import "fmt"

func main() {
	for i := range 3 {
		i := i * 2
		fmt.Println(i)
	}
	m := map[string]int{"a": 1}
	for k, v := range m {
		k := k + "!"
		v := v + 1
		fmt.Println(k, v)
	}
	for i := 0; i < 2; i++ {
		i := i + 10
		fmt.Println(i)
	}
}
