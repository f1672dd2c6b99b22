// main receives from a channel no goroutine will ever send on; the only
// other goroutine has already finished: gc reports a deadlock (exit 2).
package main

import "fmt"

func main() {
	ch := make(chan int)
	done := make(chan bool)
	go func() {
		fmt.Println("helper ran")
		done <- true
	}()
	<-done
	fmt.Println("waiting for a value that never comes")
	v := <-ch
	fmt.Println("unreachable", v)
}
