// Arguments of go statements: a go statement's call is wrapped in a
// closure that outlives the frame, so &x passed to it moves x to the
// heap, and values are evaluated and copied at the go statement.
package main

import "fmt"

type box struct {
	v int
}

func add(p *int, n int, done chan<- bool) {
	*p += n
	done <- true
}

func fill(b *box, done chan<- bool) {
	b.v = 99
	done <- true
}

func show(s string, n int, out chan<- string) {
	out <- fmt.Sprint(s, n)
}

func (b *box) bump(done chan<- bool) {
	b.v++
	done <- true
}

func (b box) report(out chan<- string) {
	out <- fmt.Sprint("box ", b.v)
}

func addrArg() int {
	x := 1
	done := make(chan bool)
	go add(&x, 41, done)
	<-done
	return x
}

func structArg() int {
	var b box
	done := make(chan bool)
	go fill(&b, done)
	<-done
	return b.v
}

func valueArgs() string {
	out := make(chan string)
	go show("n=", 7, out)
	return <-out
}

func methodCalls() (int, string) {
	b := box{v: 10}
	done := make(chan bool)
	go b.bump(done)
	<-done
	out := make(chan string)
	go b.report(out)
	return b.v, <-out
}

func newArg() int {
	p := new(int)
	done := make(chan bool)
	go add(p, 5, done)
	<-done
	return *p
}

func main() {
	fmt.Println(addrArg())
	fmt.Println(structArg())
	fmt.Println(valueArgs())
	fmt.Println(methodCalls())
	fmt.Println(newArg())
}
