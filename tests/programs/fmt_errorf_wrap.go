package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

type ParseError struct {
	Line int
	Msg  string
}

func (p *ParseError) Error() string { return fmt.Sprintf("line %d: %s", p.Line, p.Msg) }

func load(name string) error {
	if name == "" {
		return fmt.Errorf("load: empty name")
	}
	if name == "missing" {
		return fmt.Errorf("load %q: %w", name, ErrNotFound)
	}
	if name == "bad" {
		return fmt.Errorf("load %s: %w", name, &ParseError{3, "unexpected token"})
	}
	return nil
}

func main() {
	for _, n := range []string{"ok", "", "missing", "bad"} {
		err := load(n)
		if err != nil {
			fmt.Printf("%-8q -> %v\n", n, err)
		} else {
			fmt.Printf("%-8q -> ok\n", n)
		}
	}
	e := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	fmt.Println(e)
	fmt.Println(e.Error() == "outer: middle: not found")
	fmt.Println(load("ok") == nil, load("missing") != nil)
	fmt.Printf("%T\n", load(""))

	e2 := fmt.Errorf("%d errors: %v and %v", 2, ErrNotFound, "other")
	fmt.Println(e2, len(e2.Error()))
	e3 := fmt.Errorf("plain")
	fmt.Printf("%v|%s|%q\n", e3, e3, e3)
	e4 := fmt.Errorf("nil wrap: %w", nil)
	fmt.Println(e4)
	e5 := fmt.Errorf("two: %w, %w", ErrNotFound, e3)
	fmt.Println(e5)
	e6 := fmt.Errorf("%v", 42)
	fmt.Println(e6)
	fmt.Printf("[%30v]\n[%-30v]\n", load("missing"), e3)
	var pe error = &ParseError{7, "eof"}
	fmt.Println(fmt.Errorf("ctx: %w", pe), fmt.Errorf("ctx: %v", pe))
}
