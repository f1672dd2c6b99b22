// Requests that carry their own reply channel: a server goroutine owns
// the state and answers each request on the channel it came with.
package main

import "fmt"

type request struct {
	op    string
	key   string
	value int
	reply chan int
}

func server(reqs <-chan request, quit <-chan chan string) {
	store := map[string]int{}
	ops := 0
	for {
		// Serve requests until the request channel is closed, then
		// answer the final report over the channel of channels.
		r, ok := <-reqs
		if !ok {
			break
		}
		ops++
		switch r.op {
		case "set":
			store[r.key] = r.value
			r.reply <- r.value
		case "add":
			store[r.key] += r.value
			r.reply <- store[r.key]
		case "get":
			r.reply <- store[r.key]
		}
	}
	report := <-quit
	report <- fmt.Sprintf("%d ops, %d keys", ops, len(store))
}

func main() {
	reqs := make(chan request)
	quit := make(chan chan string)
	go server(reqs, quit)

	call := func(op, key string, value int) int {
		reply := make(chan int)
		reqs <- request{op, key, value, reply}
		return <-reply
	}
	fmt.Println(call("set", "a", 5))
	fmt.Println(call("add", "a", 10))
	fmt.Println(call("add", "b", 3))
	fmt.Println(call("get", "a", 0))
	fmt.Println(call("get", "zzz", 0))
	close(reqs)
	report := make(chan string)
	quit <- report
	fmt.Println(<-report)

	// A channel of channels used as a queue of futures: results come
	// back in request order even though the workers finish in any order.
	futures := make(chan chan int, 10)
	for i := 1; i <= 10; i++ {
		f := make(chan int, 1)
		futures <- f
		go func() { f <- i * i * i }()
	}
	close(futures)
	for f := range futures {
		fmt.Print(<-f, " ")
	}
	fmt.Println()

	// Nested channel types.
	var ccc chan chan chan int = make(chan chan chan int, 1)
	cc := make(chan chan int, 1)
	c := make(chan int, 1)
	c <- 99
	cc <- c
	ccc <- cc
	fmt.Println(<-<-<-ccc)
	fmt.Printf("%T\n", ccc)
}
