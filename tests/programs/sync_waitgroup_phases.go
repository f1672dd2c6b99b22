// WaitGroup patterns: Add before each go, Add(n) once, reuse across
// phases, nested groups, and passing *WaitGroup to functions.
package main

import (
	"fmt"
	"sync"
)

func square(i int, out []int, wg *sync.WaitGroup) {
	defer wg.Done()
	out[i] = i * i
}

func phase(name string, n int) []int {
	var wg sync.WaitGroup
	out := make([]int, n)
	wg.Add(n)
	for i := 0; i < n; i++ {
		go square(i, out, &wg)
	}
	wg.Wait()
	fmt.Println(name, out)
	return out
}

type group struct {
	wg   sync.WaitGroup
	mu   sync.Mutex
	logs []int
}

func (g *group) spawn(v int) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		g.mu.Lock()
		g.logs = append(g.logs, v)
		g.mu.Unlock()
	}()
}

func main() {
	phase("phase 1:", 5)
	phase("phase 2:", 8)

	// One WaitGroup reused: Wait returns, then it is used again.
	var wg sync.WaitGroup
	total := 0
	var mu sync.Mutex
	for round := 1; round <= 3; round++ {
		for i := 0; i < 10; i++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				mu.Lock()
				total += round
				mu.Unlock()
			}()
		}
		wg.Wait()
		fmt.Println("after round", round, "total", total)
	}

	// Wait on a zero counter returns at once, any number of times.
	var empty sync.WaitGroup
	empty.Wait()
	empty.Wait()
	fmt.Println("empty waits returned")

	// Nested: each outer goroutine runs its own inner group.
	sums := make([]int, 4)
	var outer sync.WaitGroup
	for o := range 4 {
		outer.Add(1)
		go func() {
			defer outer.Done()
			var inner sync.WaitGroup
			parts := make([]int, 5)
			for p := range 5 {
				inner.Add(1)
				go func() {
					defer inner.Done()
					parts[p] = o*10 + p
				}()
			}
			inner.Wait()
			for _, v := range parts {
				sums[o] += v
			}
		}()
	}
	outer.Wait()
	fmt.Println("nested sums:", sums)

	// Several goroutines waiting on the same group.
	var gate sync.WaitGroup
	gate.Add(1)
	var waiters sync.WaitGroup
	woke := make(chan int, 6)
	for i := 0; i < 6; i++ {
		waiters.Add(1)
		go func() {
			defer waiters.Done()
			gate.Wait()
			woke <- i
		}()
	}
	gate.Done()
	waiters.Wait()
	close(woke)
	n := 0
	for v := range woke {
		n += v
	}
	fmt.Println("waiters woke, sum of ids:", n)

	var g group
	for v := 1; v <= 20; v++ {
		g.spawn(v)
	}
	g.wg.Wait()
	s := 0
	for _, v := range g.logs {
		s += v
	}
	fmt.Println("group:", len(g.logs), s)

	// Add with a count larger than one, Done called several times.
	var multi sync.WaitGroup
	multi.Add(3)
	go func() {
		multi.Done()
		multi.Done()
		multi.Done()
	}()
	multi.Wait()
	fmt.Println("multi done")
}
