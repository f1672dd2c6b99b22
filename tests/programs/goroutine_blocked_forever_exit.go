// Goroutines left blocked forever (on a nil channel, on a channel nobody
// sends to, on a mutex held by main) do not keep the program alive: it
// exits normally when main returns, and no deadlock is reported.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var never chan int
	go func() {
		<-never
		fmt.Println("unreachable: received from nil channel")
	}()
	go func() {
		never <- 1
		fmt.Println("unreachable: sent on nil channel")
	}()

	quiet := make(chan string)
	go func() {
		fmt.Println("unreachable:", <-quiet)
	}()

	var mu sync.Mutex
	mu.Lock()
	started := make(chan bool)
	go func() {
		started <- true
		mu.Lock()
		fmt.Println("unreachable: got the lock")
	}()
	<-started

	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Wait()
		fmt.Println("unreachable: wait returned")
	}()
	fmt.Println("main done")
}
