// Two goroutines passing a ball over unbuffered channels: each handoff
// synchronises, so the printed sequence is fixed.
package main

import (
	"fmt"
	"strings"
)

type ball struct {
	hits  int
	trail []string
}

func player(name string, in <-chan *ball, out chan<- *ball, done chan<- *ball, limit int) {
	for b := range in {
		b.hits++
		b.trail = append(b.trail, name)
		if b.hits == limit {
			done <- b
			return
		}
		out <- b
	}
}

func main() {
	ping := make(chan *ball)
	pong := make(chan *ball)
	done := make(chan *ball)
	go player("ping", ping, pong, done, 9)
	go player("pong", pong, ping, done, 9)
	ping <- new(ball)
	b := <-done
	fmt.Println(b.hits, strings.Join(b.trail, "-"))

	// Strict alternation between main and a goroutine with a token.
	token := make(chan int)
	reply := make(chan int)
	go func() {
		for v := range token {
			fmt.Println("  goroutine got", v)
			reply <- v * 2
		}
		close(reply)
	}()
	for i := 1; i <= 4; i++ {
		fmt.Println("main sends", i)
		token <- i
		fmt.Println("main got", <-reply)
	}
	close(token)
	_, ok := <-reply
	fmt.Println("reply closed:", !ok)

	// A chain of goroutines each adding one; main feeds the head and
	// reads the tail, sending the value around three times.
	const n = 5
	ring := make([]chan int, n+1)
	for i := range ring {
		ring[i] = make(chan int)
	}
	for i := 0; i < n; i++ {
		go func() {
			for v := range ring[i] {
				ring[i+1] <- v + 1
			}
			close(ring[i+1])
		}()
	}
	v := 0
	for lap := 1; lap <= 3; lap++ {
		ring[0] <- v
		v = <-ring[n]
		fmt.Println("lap", lap, "value", v)
	}
	close(ring[0])
	_, ok = <-ring[n]
	fmt.Println("chain closed:", !ok)
}
