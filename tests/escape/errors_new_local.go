// errors.New is inlined: its &errorString{text} is allocated where it is
// called, and stays on the stack when the error does not outlive the call.
package main

import (
	"errors"
	"fmt"
)

var ErrStatic = errors.New("static")

var sink error

func localOnly(s string) int {
	err := errors.New(s)
	return len(err.Error())
}

func escapes(s string) {
	sink = errors.New(s)
}

func returned(bad bool) error {
	if bad {
		return errors.New("bad")
	}
	return nil
}

func main() {
	fmt.Println(localOnly("abc"))
	escapes("kept")
	fmt.Println(sink, sink == ErrStatic, ErrStatic)
	e1, e2 := returned(true), returned(true)
	fmt.Println(e1, e1 == e2, returned(false) == nil)
	fmt.Printf("%T %v %q\n", e1, e1, ErrStatic)
}
