// runtime.NumGoroutine counts main plus every live goroutine; it is
// printed only at points where the count cannot race: before any go
// statement, and while every started goroutine is known to be blocked.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	ready := make(chan int)
	release := make(chan struct{})
	results := make(chan int, 8)
	for i := 0; i < 8; i++ {
		go func() {
			ready <- i
			<-release
			results <- i * 10
		}()
	}
	seen := 0
	for range 8 {
		seen += <-ready
	}
	// Each goroutine has sent on ready and is now on its way to, or
	// blocked on, <-release: none can exit before release is closed.
	fmt.Println("ready sum:", seen)
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(release)
	total := 0
	for range 8 {
		total += <-results
	}
	fmt.Println("results total:", total)
}
