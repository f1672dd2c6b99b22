// Closing a channel wakes every goroutine receiving from it: the usual
// way to broadcast "stop" or "start" to many goroutines at once.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	start := make(chan struct{})
	var ready, finished sync.WaitGroup
	out := make(chan int, 20)
	for i := 0; i < 20; i++ {
		ready.Add(1)
		finished.Add(1)
		go func() {
			defer finished.Done()
			ready.Done()
			<-start // every goroutine waits here
			out <- i
		}()
	}
	ready.Wait()
	close(start) // releases all of them
	finished.Wait()
	close(out)
	var got []int
	for v := range out {
		got = append(got, v)
	}
	sort.Ints(got)
	fmt.Println(len(got), got)

	// A closed done channel can be received from any number of times.
	done := make(chan bool)
	close(done)
	for i := 0; i < 3; i++ {
		v, ok := <-done
		fmt.Println("done:", v, ok)
	}

	// A worker stops when told to and reports how far it got; the
	// stop request is a receive the worker performs between items.
	stop := make(chan struct{})
	items := make(chan int)
	report := make(chan string)
	go func() {
		n := 0
		for v := range items {
			n += v
		}
		<-stop
		report <- fmt.Sprint("stopped after total ", n)
	}()
	for i := 1; i <= 100; i++ {
		items <- i
	}
	close(items)
	close(stop)
	fmt.Println(<-report)
}
