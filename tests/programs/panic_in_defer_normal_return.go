// A deferred call panics after a normal return; an earlier-queued deferred
// call recovers, and the named results keep the values the return statement
// assigned unless the recovering call changes them.
package main

import (
	"errors"
	"fmt"
)

type resource struct {
	name   string
	closed bool
}

func (r *resource) Close() error {
	if r.closed {
		panic("double close of " + r.name)
	}
	r.closed = true
	return nil
}

func use(r *resource, closeTwice bool) (n int, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = errors.New(fmt.Sprint(p))
		}
	}()
	defer r.Close()
	if closeTwice {
		r.Close()
	}
	return 42, nil
}

func keeps() (s string) {
	defer func() { recover() }()
	defer func() {
		s += "+"
		panic("late")
	}()
	return "kept"
}

func main() {
	fmt.Println(use(&resource{name: "a"}, false))
	fmt.Println(use(&resource{name: "b"}, true))
	fmt.Println(keeps())
}
