// Channels of slices: a slice sent on a channel leaks its backing array,
// so make([]T, n) sent on a channel is heap allocated; one that is only
// read stays on the stack. Channels themselves (make(chan T)) are always
// heap allocated.
package main

import "fmt"

func produce(c chan<- []int, n int) {
	s := make([]int, n)
	for i := range s {
		s[i] = i * 10
	}
	c <- s
}

func produceLit(c chan []string) {
	c <- []string{"a", "b", "c"}
}

func sum(c <-chan []int) int {
	t := 0
	for _, v := range <-c {
		t += v
	}
	return t
}

func localSlice() int {
	s := make([]int, 8)
	for i := range s {
		s[i] = i
	}
	c := make(chan int, 1)
	c <- s[7]
	return <-c
}

func appendAndSend(c chan []byte, word string) {
	var b []byte
	b = append(b, word...)
	b = append(b, '!')
	c <- b
}

func arrayBacked(c chan []int) {
	var a [4]int
	a[2] = 5
	c <- a[:]
}

func main() {
	c := make(chan []int, 1)
	produce(c, 5)
	fmt.Println(sum(c))

	sc := make(chan []string, 1)
	produceLit(sc)
	fmt.Println(len(<-sc))

	fmt.Println(localSlice())

	bc := make(chan []byte, 1)
	appendAndSend(bc, "hi")
	fmt.Println(string(<-bc))

	arrayBacked(c)
	fmt.Println(<-c)

	done := make(chan []int)
	go func() {
		done <- []int{1, 2, 3}
	}()
	fmt.Println(<-done)
}
