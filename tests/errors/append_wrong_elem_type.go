package main

import "fmt"

func main() {
	s := []int{1, 2}
	s = append(s, "three")
	words := []string{"a"}
	words = append(words, 'b', 3.5)
	fmt.Println(s, words)
}
