// Values sent on a channel escape: a pointer sent is a pointer stored
// where any goroutine can read it, so its target moves to the heap; a
// non-pointer value sent is copied and stays where it is. Receiving a
// pointer from a channel and only reading through it leaks nothing.
package main

import "fmt"

type msg struct {
	id   int
	body string
}

func sendPtr(c chan *msg) {
	m := msg{1, "hello"}
	c <- &m
}

func sendVal(c chan msg) {
	m := msg{2, "value"}
	c <- m
}

func sendNew(c chan<- *int, v int) {
	p := new(int)
	*p = v
	c <- p
}

func sendParam(c chan *msg, m *msg) {
	c <- m
}

func readBody(c <-chan *msg) string {
	m := <-c
	return m.body
}

func sendIface(c chan any, v int) {
	c <- v
}

func localOnly() int {
	c := make(chan int, 1)
	c <- 5
	return <-c
}

func main() {
	pc := make(chan *msg, 2)
	sendPtr(pc)
	fmt.Println(readBody(pc))
	m := &msg{3, "param"}
	sendParam(pc, m)
	fmt.Println(readBody(pc))

	vc := make(chan msg, 1)
	sendVal(vc)
	v := <-vc
	fmt.Println(v.id, v.body)

	ic := make(chan *int, 1)
	sendNew(ic, 42)
	fmt.Println(*<-ic)

	ac := make(chan any, 1)
	sendIface(ac, 7)
	fmt.Println(<-ac)
	fmt.Println(localOnly())
}
