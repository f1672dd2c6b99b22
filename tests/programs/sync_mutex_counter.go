// Many goroutines increment shared counters under a sync.Mutex; the
// totals are exact. Also a mutex embedded in a struct, and TryLock.
package main

import (
	"fmt"
	"sync"
)

type counter struct {
	sync.Mutex
	n map[string]int
}

func (c *counter) inc(key string) {
	c.Lock()
	defer c.Unlock()
	c.n[key]++
}

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) deposit(v int) {
	a.mu.Lock()
	a.balance += v
	a.mu.Unlock()
}

func main() {
	var mu sync.Mutex
	total := 0
	var wg sync.WaitGroup
	for g := 0; g < 50; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 1000; i++ {
				mu.Lock()
				total++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("total:", total)

	c := counter{n: map[string]int{}}
	keys := []string{"red", "green", "blue"}
	for g := 0; g < 30; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 100; i++ {
				c.inc(keys[(g+i)%len(keys)])
			}
		}()
	}
	wg.Wait()
	fmt.Println(c.n)

	accts := make([]account, 4)
	for g := 0; g < 40; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			accts[g%4].deposit(g)
		}()
	}
	wg.Wait()
	for i := range accts {
		fmt.Print(accts[i].balance, " ")
	}
	fmt.Println()

	// TryLock, observed only from main.
	var m sync.Mutex
	fmt.Println("trylock free:", m.TryLock())
	fmt.Println("trylock held:", m.TryLock())
	m.Unlock()
	fmt.Println("trylock again:", m.TryLock())
	m.Unlock()

	// A mutex handed between goroutines: locked in one, unlocked in
	// another (allowed in Go).
	var h sync.Mutex
	h.Lock()
	released := make(chan bool)
	go func() {
		h.Unlock()
		released <- true
	}()
	<-released
	h.Lock()
	fmt.Println("locked after handoff")
	h.Unlock()
}
