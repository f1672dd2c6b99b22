// A worker pool: jobs carry their index, workers write each result into
// the slot of its job, and WaitGroup.Wait makes the writes visible to main.
package main

import (
	"fmt"
	"strconv"
	"sync"
)

type job struct {
	id int
	n  int
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	const numJobs = 40
	const numWorkers = 5
	jobs := make(chan job, numJobs)
	results := make([]int, numJobs)
	labels := make([]string, numJobs)
	var wg sync.WaitGroup
	for w := 1; w <= numWorkers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results[j.id] = collatz(j.n)
				labels[j.id] = strconv.Itoa(j.n) + ":" + strconv.Itoa(results[j.id])
			}
		}()
	}
	for i := 0; i < numJobs; i++ {
		jobs <- job{id: i, n: i*7 + 1}
	}
	close(jobs)
	wg.Wait()
	for i := 0; i < numJobs; i += 8 {
		fmt.Println(labels[i : i+8])
	}
	best, bestN := 0, 0
	for i, r := range results {
		if r > best {
			best, bestN = r, i*7+1
		}
	}
	fmt.Printf("longest: %d steps from %d\n", best, bestN)
}
