// Closing a channel twice panics.
package main

import "fmt"

func shutdown(c chan struct{}) {
	fmt.Println("closing")
	close(c)
}

func main() {
	c := make(chan struct{})
	shutdown(c)
	_, ok := <-c
	fmt.Println("receive after close ok:", ok)
	shutdown(c)
	fmt.Println("unreachable")
}
