package main

import (
	"errors"
	"fmt"
)

var (
	ErrEmpty    = errors.New("empty input")
	ErrTooLarge = errors.New("too large")
)

func check(n int, s string) error {
	if s == "" {
		return ErrEmpty
	}
	if n > 10 {
		return ErrTooLarge
	}
	return nil
}

func main() {
	e1 := errors.New("same text")
	e2 := errors.New("same text")
	fmt.Println(e1 == e2, e1.Error() == e2.Error(), e1 == e1)
	fmt.Println(e1, e2)
	fmt.Printf("%v|%s|%q|%T\n", e1, e1, e1, e1)

	for _, tc := range []struct {
		n int
		s string
	}{{1, "x"}, {1, ""}, {11, "y"}, {11, ""}} {
		err := check(tc.n, tc.s)
		switch err {
		case nil:
			fmt.Println(tc, "ok")
		case ErrEmpty:
			fmt.Println(tc, "empty:", err)
		case ErrTooLarge:
			fmt.Println(tc, "large:", err)
		}
	}
	err := check(5, "")
	fmt.Println(err == ErrEmpty, err != ErrTooLarge, err == errors.New("empty input"))

	var errs []error
	for i := 0; i < 3; i++ {
		errs = append(errs, errors.New(fmt.Sprint("err#", i)))
	}
	fmt.Println(errs, len(errs))
	m := map[error]int{ErrEmpty: 1, ErrTooLarge: 2}
	fmt.Println(m[ErrEmpty], m[ErrTooLarge], m[errors.New("too large")])
	fmt.Println(errors.New(""), len(errors.New("").Error()))
	var nilErr error
	fmt.Println(nilErr == nil, nilErr)
}
