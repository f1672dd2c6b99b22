// Unlocking an unlocked mutex is a fatal error, not a panic: a deferred
// recover does not stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("locked and unlocked once")
	defer func() {
		fmt.Println("never printed:", recover())
	}()
	mu.Unlock()
	fmt.Println("unreachable")
}
