// Closing a nil channel panics.
package main

import "fmt"

type conn struct {
	name string
	done chan bool
}

func (c *conn) Close() {
	fmt.Println("closing", c.name)
	close(c.done)
}

func main() {
	a := &conn{"a", make(chan bool)}
	a.Close()
	b := &conn{name: "b"}
	b.Close()
	fmt.Println("unreachable")
}
