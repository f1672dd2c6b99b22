// Locking a sync.Mutex that main already holds: no other goroutine can
// unlock it, so gc reports a deadlock.
package main

import (
	"fmt"
	"sync"
)

type store struct {
	mu sync.Mutex
	n  int
}

func (s *store) incr() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.n++
}

func (s *store) incrTwice() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.incr() // not reentrant
	s.incr()
}

func main() {
	var s store
	s.incr()
	fmt.Println("n =", s.n)
	s.incrTwice()
	fmt.Println("unreachable")
}
