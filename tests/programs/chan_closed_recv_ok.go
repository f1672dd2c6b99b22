// Receiving from a closed channel: buffered values first, then the zero
// value of the element type with ok == false, forever.
package main

import "fmt"

type point struct {
	X, Y int
	Tag  string
}

func main() {
	ints := make(chan int, 3)
	ints <- 7
	ints <- 8
	close(ints)
	for i := 0; i < 4; i++ {
		v, ok := <-ints
		fmt.Println("int:", v, ok)
	}

	strs := make(chan string)
	close(strs)
	s, ok := <-strs
	fmt.Printf("string: %q %v\n", s, ok)

	pts := make(chan point, 1)
	pts <- point{1, 2, "a"}
	close(pts)
	p, ok := <-pts
	fmt.Printf("point: %+v %v\n", p, ok)
	p, ok = <-pts
	fmt.Printf("point: %+v %v\n", p, ok)

	ptrs := make(chan *point)
	close(ptrs)
	pp, ok := <-ptrs
	fmt.Println("pointer:", pp == nil, ok)

	ifs := make(chan any)
	close(ifs)
	iv, ok := <-ifs
	fmt.Println("interface:", iv, ok)

	errs := make(chan error, 1)
	errs <- fmt.Errorf("failed %d", 3)
	close(errs)
	for i := 0; i < 2; i++ {
		e, ok := <-errs
		fmt.Println("error:", e, ok)
	}

	sl := make(chan []int)
	close(sl)
	x, ok := <-sl
	fmt.Println("slice:", x == nil, len(x), ok)

	fns := make(chan func() int)
	close(fns)
	f, ok := <-fns
	fmt.Println("func:", f == nil, ok)

	arr := make(chan [3]float64)
	close(arr)
	a, ok := <-arr
	fmt.Println("array:", a, ok)

	// Plain receive from a closed channel, and the value discarded.
	fmt.Println("plain:", <-ints, <-strs == "")
	<-ints

	// The ok form with assignment to existing variables and to blank.
	var got int
	var more bool
	got, more = <-ints
	fmt.Println("assigned:", got, more)
	_, more = <-ints
	fmt.Println("blank:", more)

	// A goroutine closes a channel after sending; main reads until !ok.
	c := make(chan int)
	go func() {
		for i := 1; i <= 3; i++ {
			c <- i * i
		}
		close(c)
	}()
	for {
		v, ok := <-c
		if !ok {
			fmt.Println("closed after", v)
			break
		}
		fmt.Println("got", v)
	}
}
