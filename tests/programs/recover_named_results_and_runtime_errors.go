package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	q = a / b
	return
}

func named() (r int) {
	defer func() { recover() }()
	r = 5
	panic("x")
}

type big struct{ a, b, c, d int }

func bigres() (b big, s string) {
	defer func() {
		if v := recover(); v != nil {
			s = fmt.Sprint("got ", v)
		}
	}()
	b = big{1, 2, 3, 4}
	var m map[string]int
	m["x"] = 1
	return
}

func nested() {
	defer fmt.Println("nested defer runs")
	defer func() {
		fmt.Println("recover value:", recover())
	}()
	func() {
		defer fmt.Println("inner literal defer")
		panic(errors.New("boom"))
	}()
	fmt.Println("not reached")
}

func main() {
	fmt.Println(safeDiv(7, 2))
	fmt.Println(safeDiv(7, 0))
	fmt.Println(named())
	fmt.Println(bigres())
	nested()
	fmt.Println("recover outside defer:", recover())
	var arr []int
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				r := recover()
				fmt.Println(i, r)
			}()
			_ = arr[i]
		}()
	}
	fmt.Println("done")
}
