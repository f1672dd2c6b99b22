// A WaitGroup or Mutex declared in a function and used by the
// goroutines it starts: captured by reference, or passed by pointer to a
// go statement's callee, it moves to the heap.
package main

import (
	"fmt"
	"sync"
)

func worker(i int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = i + 1
}

func withArgs(n int) []int {
	var wg sync.WaitGroup
	out := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go worker(i, out, &wg)
	}
	wg.Wait()
	return out
}

func withClosure(n int) int {
	var wg sync.WaitGroup
	var mu sync.Mutex
	sum := 0
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			sum += i
			mu.Unlock()
		}()
	}
	wg.Wait()
	return sum
}

func noGoroutine() int {
	var mu sync.Mutex
	mu.Lock()
	x := 3
	mu.Unlock()
	var wg sync.WaitGroup
	wg.Add(1)
	wg.Done()
	wg.Wait()
	return x
}

type counter struct {
	mu sync.Mutex
	n  int
}

func (c *counter) inc(wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	c.n++
	c.mu.Unlock()
}

func methodGo(n int) int {
	var c counter
	var wg sync.WaitGroup
	wg.Add(n)
	for i := 0; i < n; i++ {
		go c.inc(&wg)
	}
	wg.Wait()
	return c.n
}

func onceLocal() int {
	var once sync.Once
	v := 0
	for i := 0; i < 3; i++ {
		once.Do(func() { v++ })
	}
	return v
}

func main() {
	fmt.Println(withArgs(4))
	fmt.Println(withClosure(10))
	fmt.Println(noGoroutine())
	fmt.Println(methodGo(7))
	fmt.Println(onceLocal())
}
