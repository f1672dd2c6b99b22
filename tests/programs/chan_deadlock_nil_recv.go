// Receiving from a nil channel blocks forever; with nothing else able to
// run, gc reports a deadlock and names the nil channel in the header.
package main

import "fmt"

type pipe struct {
	in chan int
}

func main() {
	var p pipe
	fmt.Println("nil channel:", p.in == nil)
	for v := range p.in {
		fmt.Println("unreachable", v)
	}
}
