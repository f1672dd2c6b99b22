// A buffered channel as a counting semaphore: at most 3 goroutines hold
// a slot at once. The peak is checked against the limit, not printed,
// since how many overlap depends on scheduling.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const limit = 3
	sem := make(chan struct{}, limit)
	var mu sync.Mutex
	active, peak := 0, 0
	var wg sync.WaitGroup
	squares := make([]int, 30)
	for i := range squares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sem <- struct{}{}
			defer func() { <-sem }()
			mu.Lock()
			active++
			if active > peak {
				peak = active
			}
			mu.Unlock()
			squares[i] = i * i
			mu.Lock()
			active--
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("peak within limit:", peak >= 1 && peak <= limit)
	fmt.Println("active at end:", active, "slots in use:", len(sem), "of", cap(sem))
	sum := 0
	for _, s := range squares {
		sum += s
	}
	fmt.Println("sum of squares:", sum)
}
