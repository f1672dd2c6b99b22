// A cache guarded by sync.RWMutex: many readers, a few writers. Every
// writer's update is applied; readers only count what they looked at.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type cache struct {
	mu   sync.RWMutex
	data map[int]string
	hits int
	mhit sync.Mutex
}

func (c *cache) get(k int) (string, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	v, ok := c.data[k]
	return v, ok
}

func (c *cache) set(k int, v string) {
	c.mu.Lock()
	c.data[k] = v
	c.mu.Unlock()
}

func main() {
	c := &cache{data: map[int]string{}}
	for k := 0; k < 10; k++ {
		c.set(k, fmt.Sprint("v", k))
	}
	var wg sync.WaitGroup
	for r := 0; r < 20; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			local := 0
			for i := 0; i < 200; i++ {
				if _, ok := c.get((r + i) % 20); ok {
					local++
				}
			}
			c.mhit.Lock()
			c.hits += local
			c.mhit.Unlock()
		}()
	}
	for w := 0; w < 5; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 10 + w*2; k < 12+w*2; k++ {
				c.set(k, fmt.Sprint("w", w, "-", k))
			}
		}()
	}
	wg.Wait()
	keys := make([]int, 0, len(c.data))
	for k := range c.data {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		v, _ := c.get(k)
		fmt.Print(v, " ")
	}
	fmt.Println()
	fmt.Println("lookups hit at least the initial keys:", c.hits >= 20*100, c.hits <= 20*200)

	// Several readers can hold the read lock at the same time: each
	// reader takes RLock, then waits for all others to arrive.
	var rw sync.RWMutex
	const readers = 5
	arrived := make(chan int, readers)
	proceed := make(chan struct{})
	for i := 0; i < readers; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			arrived <- i
			<-proceed
			rw.RUnlock()
		}()
	}
	sum := 0
	for i := 0; i < readers; i++ {
		sum += <-arrived
	}
	fmt.Println("all readers inside together:", sum)
	close(proceed)
	wg.Wait()
	rw.Lock()
	fmt.Println("writer after readers")
	rw.Unlock()
	rw.RLock()
	rw.RLock()
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("nested read locks released")
}
