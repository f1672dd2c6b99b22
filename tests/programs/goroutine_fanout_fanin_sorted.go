// Fan-out / fan-in: several workers read from one input channel, their
// output channels are merged into one, and the results are collected and
// sorted before printing (arrival order is not deterministic under Go).
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type result struct {
	worker int
	input  int
	output string
}

func source(words []string) <-chan string {
	out := make(chan string, 2)
	go func() {
		defer close(out)
		for _, w := range words {
			out <- w
		}
	}()
	return out
}

func worker(id int, in <-chan string) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for w := range in {
			out <- result{worker: id, input: len(w), output: strings.ToUpper(w)}
		}
	}()
	return out
}

func merge(chans ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	wg.Add(len(chans))
	for _, c := range chans {
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				out <- r
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog while seven gophers watch")
	in := source(words)
	workers := make([]<-chan result, 4)
	for i := range workers {
		workers[i] = worker(i, in)
	}
	var got []string
	letters := 0
	perWorker := make([]int, len(workers))
	for r := range merge(workers...) {
		got = append(got, r.output)
		letters += r.input
		perWorker[r.worker]++
	}
	sort.Strings(got)
	fmt.Println(len(got), "results,", letters, "letters")
	fmt.Println(strings.Join(got, " "))
	n := 0
	for _, c := range perWorker {
		n += c
	}
	fmt.Println("every result counted once:", n == len(words))
}
