// The channel panics recovered: their values are runtime errors whose
// messages are the ones printed when they are not recovered.
package main

import (
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		_, isRuntime := r.(runtime.Error)
		fmt.Printf("%-16s %v | error=%v runtime.Error=%v", name, r, isErr, isRuntime)
		if isErr {
			fmt.Printf(" | %q", err.Error())
		}
		fmt.Println()
	}()
	f()
}

func main() {
	try("send on closed", func() {
		c := make(chan int, 1)
		close(c)
		c <- 1
	})
	try("close of closed", func() {
		c := make(chan string)
		close(c)
		close(c)
	})
	try("close of nil", func() {
		var c chan float64
		close(c)
	})
	try("unbuffered send", func() {
		c := make(chan bool)
		close(c)
		c <- true
	})
	try("no panic", func() {
		c := make(chan int, 1)
		c <- 5
		close(c)
		fmt.Println("received", <-c)
	})

	// A goroutine recovers its own panic and reports it to main.
	res := make(chan string)
	go func() {
		defer func() {
			res <- fmt.Sprint("goroutine recovered: ", recover())
		}()
		var c chan int
		close(c)
	}()
	fmt.Println(<-res)

	// After recovering, the closed channel is still usable for receives.
	c := make(chan int, 2)
	c <- 10
	close(c)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		c <- 20
	}()
	for v := range c {
		fmt.Println("still buffered:", v)
	}
}
