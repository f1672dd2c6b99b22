// A defer inside a loop may run many times per call: its closure goes to
// the heap, and so do the variables it captures by reference.
package main

import "fmt"

type item struct{ id int }

func (it *item) done() { fmt.Println("done", it.id) }

func process(n int) (count int) {
	for i := 0; i < n; i++ {
		it := &item{id: i}
		defer it.done()
		defer func() { count++ }()
		defer fmt.Println("queued", i)
	}
	return 0
}

func main() {
	fmt.Println(process(2))
}
