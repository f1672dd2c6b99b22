// Inlinable functions called inside goroutines (started with go on a
// closure, and go on an inlinable function directly), synchronised with a
// WaitGroup and a Mutex; results are collected per index so the output is
// deterministic.
package main

import (
	"fmt"
	"sync"
)

func square(n int) int { return n * n }

func collatzSteps(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

type Acc struct {
	mu  sync.Mutex
	sum int
}

func (a *Acc) Add(v int) {
	a.mu.Lock()
	a.sum += v
	a.mu.Unlock()
}

func store(out []int, i, v int) { out[i] = v }

func work(wg *sync.WaitGroup, out []int, i int) {
	defer wg.Done()
	out[i] = collatzSteps(i+1) + square(i)
}

func main() {
	const n = 20
	var wg sync.WaitGroup
	res := make([]int, n)
	var acc Acc
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			v := square(i) + collatzSteps(i+1)
			res[i] = v
			acc.Add(v)
		}()
	}
	wg.Wait()
	fmt.Println(res)
	fmt.Println("sum", acc.sum)

	res2 := make([]int, n)
	for i := 0; i < n; i++ {
		wg.Add(1)
		go work(&wg, res2, i)
	}
	wg.Wait()
	fmt.Println(res2)

	res3 := make([]int, 5)
	done := make(chan bool)
	for i := 0; i < 5; i++ {
		go func() {
			store(res3, i, square(i+1))
			done <- true
		}()
	}
	for i := 0; i < 5; i++ {
		<-done
	}
	fmt.Println(res3)
	// Results sent back on a channel in order.
	ch := make(chan int)
	go func() {
		for i := 0; i < 6; i++ {
			ch <- square(collatzSteps(i + 1))
		}
		close(ch)
	}()
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
