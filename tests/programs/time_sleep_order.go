// Goroutines sleeping different lengths wake in order; a sleeping
// goroutine is not a deadlock; time.Since measures at least the sleep.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	order := []int{}
	start := time.Now()
	for i := 4; i >= 1; i-- {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			time.Sleep(time.Duration(k) * 25 * time.Millisecond)
			mu.Lock()
			order = append(order, k)
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	el := time.Since(start)
	fmt.Println(order, el >= 100*time.Millisecond, el < 5*time.Second)
	done := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- "woke"
	}()
	fmt.Println(<-done)
	t0 := time.Now()
	time.Sleep(0)
	time.Sleep(-time.Second)
	fmt.Println(time.Now().Sub(t0) < time.Second)
}
