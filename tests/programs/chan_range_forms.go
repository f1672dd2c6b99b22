// Ranging over channels: with and without a variable, over buffered
// channels closed before the loop, breaking out early, and nested.
package main

import "fmt"

func letters(s string) chan rune {
	c := make(chan rune)
	go func() {
		for _, r := range s {
			c <- r
		}
		close(c)
	}()
	return c
}

func main() {
	c := make(chan int, 5)
	for i := range 5 {
		c <- i + 1
	}
	close(c)
	prod := 1
	for v := range c {
		prod *= v
	}
	fmt.Println("product:", prod)

	// Counting without a variable.
	n := 0
	for range letters("héllo, wörld") {
		n++
	}
	fmt.Println("runes:", n)

	// Break and continue inside a range over a channel.
	var kept []rune
	ls := letters("channels are typed conduits")
	for r := range ls {
		if r == ' ' {
			continue
		}
		if r == 'u' {
			break
		}
		kept = append(kept, r)
	}
	fmt.Println(string(kept))
	// The sender is still running: drain the rest so it can finish.
	rest := 0
	for range ls {
		rest++
	}
	fmt.Println("rest:", rest)

	// Nested ranges, one goroutine per outer value.
	outer := make(chan chan string, 3)
	for i := 0; i < 3; i++ {
		inner := make(chan string, i+1)
		for j := 0; j <= i; j++ {
			inner <- fmt.Sprintf("%d.%d", i, j)
		}
		close(inner)
		outer <- inner
	}
	close(outer)
	for in := range outer {
		for s := range in {
			fmt.Print(s, " ")
		}
		fmt.Println()
	}

	// Assigning to an existing variable with range over a channel.
	var last int
	d := make(chan int, 3)
	d <- 4
	d <- 5
	d <- 6
	close(d)
	for last = range d {
	}
	fmt.Println("last:", last)

	// Labelled continue from an inner range.
	words := make(chan string, 4)
	for _, w := range []string{"go", "rust", "c", "zig"} {
		words <- w
	}
	close(words)
outer2:
	for w := range words {
		for _, ch := range w {
			if ch == 'u' {
				continue outer2
			}
		}
		fmt.Print(w, " ")
	}
	fmt.Println()
}
