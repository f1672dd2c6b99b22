// Sending on a nil channel blocks forever, even while other goroutines
// are blocked too: all goroutines are asleep.
package main

import "fmt"

func main() {
	var out chan<- int
	block := make(chan int)
	go func() {
		<-block // this goroutine is asleep as well
	}()
	fmt.Println("sending on nil")
	out <- 1
	fmt.Println("unreachable")
}
