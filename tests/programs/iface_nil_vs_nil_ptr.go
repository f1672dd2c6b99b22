package main

import (
	"errors"
	"fmt"
)

type MyErr struct{ Msg string }

func (e *MyErr) Error() string {
	if e == nil {
		return "nil MyErr"
	}
	return e.Msg
}

func mayFail(fail bool) error {
	var p *MyErr
	if fail {
		p = &MyErr{"failed"}
	}
	return p // returns a non-nil interface holding a nil pointer when !fail
}

func correct(fail bool) error {
	if fail {
		return &MyErr{"failed"}
	}
	return nil
}

type Stringer interface{ String() string }
type T struct{}

func (t *T) String() string { return "T" }

func main() {
	e1 := mayFail(false)
	e2 := correct(false)
	fmt.Println(e1 == nil, e2 == nil)
	fmt.Println(e1)
	fmt.Printf("%v %T\n", e1, e1)
	fmt.Printf("%v %T\n", e2, e2)
	if e1 != nil {
		fmt.Println("trap: error is", e1.Error())
	}
	fmt.Println(mayFail(true), correct(true))

	var p *MyErr
	var err error = p
	fmt.Println(p == nil, err == nil, err == (*MyErr)(nil))
	if me, ok := err.(*MyErr); ok {
		fmt.Println("holds *MyErr, nil?", me == nil)
	}

	var tp *T
	var s Stringer = tp
	fmt.Println(s == nil, s.String(), tp.String())
	var any interface{} = tp
	fmt.Println(any == nil, any == (*T)(nil))
	any = nil
	fmt.Println(any == nil)

	errs := []error{nil, p, errors.New("x"), correct(false)}
	nils := 0
	for _, e := range errs {
		if e == nil {
			nils++
		}
	}
	fmt.Println("nil errors:", nils, "of", len(errs))
	fmt.Println(errs)
}
