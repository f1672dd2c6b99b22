// A function literal called with arguments by defer or go: the call
// stays direct (its parameters do not escape), and the literal escapes
// when the statement's wrapper does (in a loop, or for go).
package main

import "fmt"

func f(n int, done chan int) {
	for i := 0; i < n; i++ {
		defer func(k int) { fmt.Println(k) }(i)
	}
	defer func(k int) { fmt.Println(k) }(n)
	go func(k int) { done <- k * 10 }(n)
}

func main() {
	done := make(chan int)
	f(2, done)
	fmt.Println(<-done)
}
