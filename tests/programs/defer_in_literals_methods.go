// Defers inside function literals and methods run when that literal or
// method returns, not when the enclosing function does.
package main

import (
	"fmt"
	"strings"
)

type Stack struct {
	items []string
	log   strings.Builder
}

func (s *Stack) Push(v string) {
	defer s.log.WriteString("push " + v + ";")
	s.items = append(s.items, v)
}

func (s *Stack) Pop() (v string, ok bool) {
	defer func() {
		if ok {
			s.log.WriteString("pop " + v + ";")
		} else {
			s.log.WriteString("pop empty;")
		}
	}()
	if len(s.items) == 0 {
		return "", false
	}
	v = s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

type Counter int

func (c Counter) Describe() (d string) {
	defer func() { d = "[" + d + "]" }()
	c++
	return fmt.Sprint("counter ", int(c))
}

func (c *Counter) Inc() *Counter {
	defer func() { *c += 10 }()
	*c++
	return c
}

func makeAdder(base int) func(int) int {
	return func(n int) (r int) {
		defer func() { r += base }()
		return n * 2
	}
}

func withLiteral() {
	fmt.Println("withLiteral start")
	f := func(tag string) {
		defer fmt.Println("literal defer", tag)
		fmt.Println("literal body", tag)
	}
	defer f("deferred literal")
	f("direct")
	func() {
		defer func() {
			defer fmt.Println("deep literal defer")
		}()
	}()
	fmt.Println("withLiteral end")
}

func main() {
	var s Stack
	s.Push("a")
	s.Push("b")
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println(s.Pop())
	fmt.Println(s.log.String())
	var c Counter = 1
	fmt.Println(c.Describe(), c)
	v := *c.Inc().Inc()
	fmt.Println(v, c)
	add := makeAdder(100)
	fmt.Println(add(1), add(2))
	withLiteral()
}
