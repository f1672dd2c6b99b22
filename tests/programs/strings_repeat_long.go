package main

import (
	"fmt"
	"strings"
)

func main() {
	for _, u := range []string{"abc", "hello ", "x", "0123456789abcdefg"} {
		for _, n := range []int{1000, 10000, 30000} {
			r := strings.Repeat(u, n)
			fmt.Println(len(r), strings.Count(r, u), r[len(r)-len(u):] == u, len(strings.Fields(r)))
		}
	}
}
