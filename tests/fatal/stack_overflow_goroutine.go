// Unbounded recursion in a goroutine other than the main one ends the
// program as on the main goroutine: `fatal error: stack overflow`, exit
// status 2. No guard page marks the end of a goroutine's stack: compiled
// functions check the stack pointer on entry.
package main

import (
	"fmt"
	"sync"
)

func depth(n int) int {
	if n < 0 {
		return 0
	}
	return depth(n+1) + 1
}

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		fmt.Println("started")
		fmt.Println(depth(0))
	}()
	wg.Wait()
	fmt.Println("not reached")
}
