// Sending on a closed channel panics in the sending goroutine (main).
package main

import "fmt"

func main() {
	ch := make(chan int, 3)
	ch <- 1
	close(ch)
	fmt.Println("closed with", len(ch), "buffered")
	defer fmt.Println("deferred call runs before the crash")
	ch <- 2
	fmt.Println("unreachable")
}
