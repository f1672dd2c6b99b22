// A pool of 8 workers takes 200 000 jobs from a buffered channel, each a
// small computation, and sends results back; a WaitGroup closes the
// results when all are done.
package main

import (
	"fmt"
	"sync"
)

func work(n int) int {
	x := n
	for i := 0; i < 200; i++ {
		x = (x*1103515245 + 12345) & 0x7fffffff
	}
	return x % 1000
}

func main() {
	jobs := make(chan int, 128)
	results := make(chan int, 128)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- work(j)
			}
		}()
	}
	go func() {
		for i := 0; i < 200_000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	total := 0
	for r := range results {
		total += r
	}
	fmt.Println(total)
}
