// Directional channel types: parameters and results of type chan<- T and
// <-chan T, implicit conversion from chan T, explicit conversions, and
// their printed types.
package main

import "fmt"

type Sink chan<- string
type Source <-chan string

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * 3
	}
	close(out)
}

func consume(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func counter(n int) <-chan int {
	c := make(chan int, n)
	for i := 0; i < n; i++ {
		c <- i
	}
	close(c)
	return c
}

func fill(s Sink, words ...string) {
	for _, w := range words {
		s <- w
	}
	close(s)
}

func describe(v any) string {
	switch v.(type) {
	case chan int:
		return "bidirectional"
	case chan<- int:
		return "send-only"
	case <-chan int:
		return "receive-only"
	}
	return "other"
}

func main() {
	ch := make(chan int)
	go produce(ch, 10)
	fmt.Println("sum:", consume(ch))

	var r <-chan int = counter(5)
	fmt.Println("len/cap of receive-only:", len(r), cap(r))
	fmt.Println("consumed:", consume(r))

	bi := make(chan int, 1)
	var send chan<- int = bi
	var recv <-chan int = bi
	send <- 42
	fmt.Println("through views:", <-recv)
	fmt.Printf("%T %T %T\n", bi, send, recv)
	fmt.Println(describe(bi), describe(send), describe(recv))

	// Explicit conversions and comparison of views of one channel.
	s2 := (chan<- int)(bi)
	r2 := (<-chan int)(bi)
	fmt.Println(s2 == send, r2 == recv, send == bi, recv == bi)

	// Named directional types.
	words := make(chan string, 4)
	fill(Sink(words), "alpha", "beta", "gamma")
	var src Source = words
	for w := range src {
		fmt.Print(w, ";")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", Sink(words), src)

	// Nil directional channels.
	var ns chan<- int
	var nr <-chan int
	fmt.Println(ns == nil, nr == nil, len(ns), cap(nr))

	// A channel of receive-only channels.
	sources := make(chan (<-chan int), 2)
	sources <- counter(3)
	sources <- counter(4)
	close(sources)
	total := 0
	for c := range sources {
		total += consume(c)
	}
	fmt.Println("nested total:", total)
	fmt.Printf("%T\n", sources)

	// A function value taking a send-only channel.
	var emit func(chan<- int, int) = produce
	out := make(chan int, 3)
	emit(out, 3)
	fmt.Println(<-out, <-out, <-out)
	_, ok := <-out
	fmt.Println("closed:", !ok)
}
