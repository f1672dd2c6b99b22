// A nil pointer whose String method would panic prints as <nil>,
// without the verb's padding (Go's catchPanic).
package main

import "fmt"

type P struct{ s string }

func (p P) String() string { return "P:" + p.s }

type Q struct{ s string }

func (q *Q) String() string { return "Q:" + q.s }

func main() {
	var p *P
	var q *Q
	fmt.Printf("[%10v][%-8s][%v]\n", p, p, q)
}
