// Goroutines started in loops: with go1.22 semantics each iteration has
// its own variable, so closures see their own i; arguments to go f(x)
// are evaluated when the go statement runs.
package main

import (
	"fmt"
	"sync"
)

func record(dst []string, i int, s string, wg *sync.WaitGroup) {
	defer wg.Done()
	dst[i] = s
}

func main() {
	var wg sync.WaitGroup
	out := make([]int, 10)
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(out)

	names := []string{"ann", "bob", "cid", "dee"}
	got := make([]string, len(names))
	for i, name := range names {
		wg.Add(1)
		go record(got, i, name+"!", &wg)
	}
	wg.Wait()
	fmt.Println(got)

	// The argument is evaluated at the go statement, before x changes.
	x := 1
	done := make(chan int)
	go func(v int) { done <- v }(x)
	x = 2
	fmt.Println("argument:", <-done, "x now:", x)

	// A closure captures the variable itself: the goroutine runs after
	// the assignment because main blocks on the channel only afterwards.
	y := 1
	start := make(chan bool)
	go func() {
		<-start
		done <- y
	}()
	y = 3
	start <- true
	fmt.Println("captured:", <-done)

	// Range over an integer, each goroutine summing its own block.
	sums := make([]int, 4)
	for b := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := b * 100; k < (b+1)*100; k++ {
				sums[b] += k
			}
		}()
	}
	wg.Wait()
	fmt.Println(sums)
}
