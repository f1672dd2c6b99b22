// sync.Once: one initialisation however many goroutines ask for it; a
// panicking function still counts as done; separate Onces are separate.
package main

import (
	"fmt"
	"sync"
)

type config struct {
	once  sync.Once
	vals  map[string]int
	loads int
}

func (c *config) get(k string) int {
	c.once.Do(func() {
		c.loads++
		c.vals = map[string]int{"a": 1, "b": 2, "c": 3}
	})
	return c.vals[k]
}

var (
	globalOnce sync.Once
	initCount  int
)

func setup() { initCount++ }

func main() {
	var cfg config
	var wg sync.WaitGroup
	results := make([]int, 60)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = cfg.get(string(rune('a' + i%3)))
		}()
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println("loads:", cfg.loads, "sum:", sum)

	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			globalOnce.Do(setup)
		}()
	}
	wg.Wait()
	globalOnce.Do(setup)
	fmt.Println("setup ran:", initCount)

	// A Do whose function panics: the panic reaches the caller, and the
	// Once is done nonetheless.
	var po sync.Once
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		po.Do(func() { panic("init failed") })
	}()
	ran := false
	po.Do(func() { ran = true })
	fmt.Println("second Do ran:", ran)

	// Different Once values are independent; the func passed later is
	// ignored once the first has run.
	var o1, o2 sync.Once
	msgs := []string{}
	o1.Do(func() { msgs = append(msgs, "o1 first") })
	o1.Do(func() { msgs = append(msgs, "o1 second") })
	o2.Do(func() { msgs = append(msgs, "o2 first") })
	fmt.Println(msgs)

	// Once in a slice of structs.
	onces := make([]sync.Once, 3)
	counts := make([]int, 3)
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			onces[i%3].Do(func() { counts[i%3]++ })
		}()
	}
	wg.Wait()
	fmt.Println(counts)
}
