// Mutual recursion through a method value and a closure, on a goroutine
// that blocks others first: the overflow is still caught at the first
// function entry past the limit.
package main

import "fmt"

type walker struct{ steps int }

func (w *walker) step(f func(int) int, n int) int {
	w.steps++
	return f(n+1) + 1
}

func main() {
	w := &walker{}
	var again func(int) int
	again = func(n int) int { return w.step(again, n) }
	ch := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-ch }()
	}
	done := make(chan int)
	go func() { done <- again(0) }()
	fmt.Println(<-done)
}
