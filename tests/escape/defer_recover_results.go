// Recovering into named results: the deferred closure captures the results
// by reference; the recovered value (an interface) escapes when it is
// formatted into an error.
package main

import (
	"errors"
	"fmt"
)

type Result struct {
	Value int
	Note  string
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv: %v", r)
		}
	}()
	return a / b, nil
}

func compute(xs []int, i int) (res Result, err error) {
	defer func() {
		if r := recover(); r != nil {
			res.Note = "recovered"
			err = errors.New("index problem")
		}
	}()
	res.Value = xs[i] * 2
	res.Note = "ok"
	return
}

func fails(p *Result) (out *Result) {
	defer func() {
		if recover() != nil {
			out = p
		}
	}()
	panic(p)
}

func main() {
	q, err := safeDiv(9, 3)
	fmt.Println(q, err)
	q, err = safeDiv(9, 0)
	fmt.Println(q, err)
	res, err := compute([]int{1, 2}, 1)
	fmt.Println(res, err)
	res, err = compute([]int{1, 2}, 5)
	fmt.Println(res, err)
	r := &Result{Value: 1}
	fmt.Println(fails(r) == r)
}
