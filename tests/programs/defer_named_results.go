// Deferred closures read and modify named results after the return statement
// has assigned them, including after a recovered panic.
package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	return 21
}

func chain() (s string) {
	defer func() { s += "3" }()
	defer func() { s += "2" }()
	defer func() { s += "1" }()
	return "0"
}

func unnamed() int {
	x := 1
	defer func() { x = 99 }()
	return x
}

func shadowed() (n int) {
	defer func() { n++ }()
	{
		n := 50
		_ = n
	}
	n = 10
	return
}

func pointerReturn() *int {
	x := 1
	defer func() { x = 42 }()
	return &x
}

func errWrap(fail bool) (v int, err error) {
	defer func() {
		if err != nil {
			err = fmt.Errorf("errWrap: %v", err)
			v = -1
		}
	}()
	if fail {
		return 5, errors.New("bad input")
	}
	return 5, nil
}

func recovered(k int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = res * 100
		}
	}()
	res = k
	if k%2 == 1 {
		panic(fmt.Sprint("odd ", k))
	}
	res = k + 1
	return res, nil
}

func assignedBeforePanic() (a, b int) {
	defer func() {
		recover()
		b = a + 1
	}()
	a = 7
	var m map[int]int
	m[0] = a
	return 1, 2
}

func resultReadByDefer() (out []int) {
	defer func() { fmt.Println("defer sees", out, len(out)) }()
	out = append(out, 1)
	return append(out, 2, 3)
}

func main() {
	fmt.Println(double())
	fmt.Println(chain())
	fmt.Println(unnamed())
	fmt.Println(shadowed())
	fmt.Println(*pointerReturn())
	fmt.Println(errWrap(false))
	fmt.Println(errWrap(true))
	for k := 0; k < 4; k++ {
		fmt.Println(recovered(k))
	}
	fmt.Println(assignedBeforePanic())
	fmt.Println(resultReadByDefer())
}
