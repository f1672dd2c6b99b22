// select statements on channels that are ready (or not, with default)
// inside small inlinable functions.
package main

import "fmt"

func tryRecv(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func trySend(c chan int, v int) bool {
	select {
	case c <- v:
		return true
	default:
		return false
	}
}

func pick(a, b chan string) string {
	select {
	case s := <-a:
		return "a:" + s
	case s, ok := <-b:
		if !ok {
			return "b closed"
		}
		return "b:" + s
	}
}

func main() {
	c := make(chan int, 2)
	fmt.Println(trySend(c, 1), trySend(c, 2), trySend(c, 3))
	for i := 0; i < 3; i++ {
		v, ok := tryRecv(c)
		fmt.Println(i, v, ok)
	}
	a := make(chan string, 1)
	b := make(chan string, 1)
	a <- "x"
	fmt.Println(pick(a, b))
	b <- "y"
	fmt.Println(pick(a, b))
	close(b)
	fmt.Println(pick(a, b))
	// A nil channel is never ready.
	var nc chan int
	fmt.Println(trySend(nc, 1))
	v, ok := tryRecv(nc)
	fmt.Println(v, ok)
	// Closed channel: receive ready with zero value.
	cc := make(chan int)
	close(cc)
	v, ok = tryRecv(cc)
	fmt.Println(v, ok)
	sent := 0
	d := make(chan int, 5)
	for i := 0; i < 10; i++ {
		if trySend(d, i*i) {
			sent++
		}
	}
	sum := 0
	for {
		v, ok := tryRecv(d)
		if !ok {
			break
		}
		sum += v
	}
	fmt.Println("sent", sent, "sum", sum)
}
