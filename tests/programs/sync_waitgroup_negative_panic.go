// Calling Done more often than Add panics with a negative counter.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	wg.Done()
	wg.Done()
	fmt.Println("balanced")
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		wg.Add(-1)
	}()
	var wg2 sync.WaitGroup
	wg2.Add(1)
	wg2.Done()
	fmt.Println("one Done too many")
	wg2.Done()
	fmt.Println("unreachable")
}
