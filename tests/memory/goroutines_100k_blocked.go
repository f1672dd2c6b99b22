// peak-rss-limit-mb: 1000
//
// 100 000 goroutines block on one channel at once, then each is released
// and reports back. Every goroutine has a stack of its own; blocked, each
// costs the few pages its frames touch, so the peak RSS stays well under
// the limit. (Guard pages between stacks would have ended the program near
// 32 000 goroutines: Linux allows 65 530 mappings per process.)
package main

import (
	"fmt"
	"runtime"
)

func main() {
	const n = 100000
	release := make(chan int)
	done := make(chan int)
	for i := 0; i < n; i++ {
		go func() {
			v := <-release
			done <- v % 7
		}()
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
	for i := 0; i < n; i++ {
		release <- i
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	fmt.Println("sum:", sum)
}
