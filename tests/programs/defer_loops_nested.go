// Defers in loops and nested loops: each iteration queues its own call, the
// queue is run last-in first-out when the function returns, and loop
// variables are per-iteration (go1.22+), both as arguments and in closures.
package main

import "fmt"

func flat(n int) {
	for i := 0; i < n; i++ {
		defer fmt.Println("flat arg", i)
		defer func() { fmt.Println("flat closure", i) }()
	}
	fmt.Println("flat body done")
}

func nested() (trace []string) {
	for i := range 3 {
		for j := range 3 {
			if j > i {
				break
			}
			defer func() { trace = append(trace, fmt.Sprintf("%d%d", i, j)) }()
		}
	}
	return nil
}

func labelled() {
outer:
	for i := 0; i < 4; i++ {
		for j := 0; j < 4; j++ {
			if j == 2 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			defer fmt.Print(i, j, " ")
		}
	}
	defer fmt.Println()
	fmt.Println("labelled body done")
}

func rangeSlice(words []string) (n int) {
	for idx, w := range words {
		defer func() { n += len(w) * (idx + 1) }()
	}
	return 0
}

func whileLoop() {
	k := 1
	for k < 100 {
		defer fmt.Print(k, ";")
		k *= 3
	}
	defer fmt.Println()
	k = -1
}

func manyDefers(n int) (sum int) {
	for i := 1; i <= n; i++ {
		defer func() { sum += i }()
	}
	return 0
}

func main() {
	flat(3)
	fmt.Println(nested())
	labelled()
	fmt.Println(rangeSlice([]string{"a", "bb", "ccc"}))
	whileLoop()
	fmt.Println(manyDefers(1000))
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Println("iteration", i, "ends")
			fmt.Println("iteration", i, "starts")
		}()
	}
}
