// An unrecovered panic with an error value prints its Error() text;
// deferred calls print first.
package main

import (
	"errors"
	"fmt"
)

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

func parse(lines []string) {
	defer fmt.Println("parse defer, lines:", len(lines))
	for i, l := range lines {
		if l == "" {
			panic(&ParseError{i + 1, "empty line"})
		}
	}
}

func main() {
	func() {
		defer func() {
			r := recover()
			err := r.(error)
			fmt.Println("recovered:", err.Error())
			var pe *ParseError
			pe, ok := r.(*ParseError)
			fmt.Println(ok, pe.Line)
		}()
		parse([]string{"a", "", "c"})
	}()
	defer fmt.Println("main defer")
	err := errors.New("fatal: " + "cannot continue")
	parse([]string{"x", "y"})
	panic(err)
}
