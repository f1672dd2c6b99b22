// Two goroutines pass a token back and forth over unbuffered channels:
// 1 000 000 round trips (the cost of a blocking handoff).
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < 1_000_000; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
