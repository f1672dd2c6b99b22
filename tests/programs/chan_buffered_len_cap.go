// len and cap of buffered channels, observed by the only goroutine that
// uses them; a nil channel has length and capacity 0, an unbuffered one
// capacity 0; a closed channel still delivers what it holds.
package main

import "fmt"

func main() {
	ch := make(chan int, 5)
	fmt.Println("empty:", len(ch), cap(ch))
	for i := 1; i <= 3; i++ {
		ch <- i * 10
		fmt.Println("after send", i, "len", len(ch))
	}
	fmt.Println("recv", <-ch, "len", len(ch), "cap", cap(ch))
	ch <- 40
	ch <- 50
	ch <- 60
	fmt.Println("full:", len(ch) == cap(ch), len(ch))
	close(ch)
	fmt.Println("closed, still holding", len(ch))
	for v := range ch {
		fmt.Print(v, " (", len(ch), ") ")
	}
	fmt.Println()
	v, ok := <-ch
	fmt.Println("drained:", v, ok, len(ch), cap(ch))

	var nilch chan string
	fmt.Println("nil:", len(nilch), cap(nilch), nilch == nil)
	unbuf := make(chan bool)
	fmt.Println("unbuffered:", len(unbuf), cap(unbuf), unbuf == nil)
	zero := make(chan int, 0)
	fmt.Println("explicit zero:", cap(zero))

	// The capacity may be any integer type; a typed size works too.
	var n8 int8 = 3
	small := make(chan rune, n8)
	small <- 'a'
	small <- 'b'
	fmt.Println("rune chan:", len(small), cap(small), string(<-small))

	// Channels in a slice, each with its own buffer.
	chans := make([]chan int, 4)
	for i := range chans {
		chans[i] = make(chan int, i+1)
		for j := 0; j <= i; j++ {
			chans[i] <- j
		}
	}
	for i, c := range chans {
		fmt.Print(len(c), "/", cap(c))
		if i < len(chans)-1 {
			fmt.Print(" ")
		}
	}
	fmt.Println()

	// A goroutine fills a buffer; once main has received its done
	// signal the buffer contents are settled.
	buf := make(chan int, 10)
	done := make(chan bool)
	go func() {
		for i := 0; i < 7; i++ {
			buf <- i
		}
		done <- true
	}()
	<-done
	fmt.Println("filled by goroutine:", len(buf), cap(buf))
}
