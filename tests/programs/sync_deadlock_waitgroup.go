// A WaitGroup counter that never reaches zero: one worker forgets Done.
// gc reports the deadlock with main waiting in WaitGroup.Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	results := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			results[i] = i + 1
			if i != 1 {
				wg.Done()
			}
		}()
	}
	fmt.Println("waiting")
	wg.Wait()
	fmt.Println("unreachable", results)
}
