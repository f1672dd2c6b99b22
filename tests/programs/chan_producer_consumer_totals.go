// Several producers and several consumers on one buffered channel; each
// consumer keeps its own totals, which are combined after all are done.
// Only totals are printed: the interleaving varies under Go.
package main

import (
	"fmt"
	"sync"
)

type stats struct {
	count int
	sum   int
	max   int
}

func main() {
	const producers = 4
	const perProducer = 250
	const consumers = 3
	queue := make(chan int, 16)

	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for i := 0; i < perProducer; i++ {
				queue <- p*perProducer + i
			}
		}()
	}
	// Close the queue once every producer has finished.
	go func() {
		pwg.Wait()
		close(queue)
	}()

	results := make(chan stats)
	for c := 0; c < consumers; c++ {
		go func() {
			var s stats
			for v := range queue {
				s.count++
				s.sum += v
				if v > s.max {
					s.max = v
				}
			}
			results <- s
		}()
	}
	var all stats
	for c := 0; c < consumers; c++ {
		s := <-results
		all.count += s.count
		all.sum += s.sum
		all.max = max(all.max, s.max)
	}
	fmt.Printf("%+v\n", all)
	n := producers * perProducer
	fmt.Println("expected sum:", n*(n-1)/2)
	fmt.Println("queue after close:", len(queue))
}
