// A deferred function recovers and panics again with a new value; an outer
// frame recovers the new value. At the end main re-panics with a wrapped
// error and nothing recovers it.
package main

import (
	"errors"
	"fmt"
)

func level3() {
	defer fmt.Println("level3 defer")
	panic("original")
}

func level2() {
	defer func() {
		if r := recover(); r != nil {
			panic(fmt.Sprintf("level2 saw %v", r))
		}
	}()
	level3()
}

func level1() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("level1: %v", r)
		}
	}()
	level2()
	return nil
}

func counter(n int) (steps []string) {
	defer func() {
		r := recover()
		steps = append(steps, fmt.Sprint("final ", r))
	}()
	defer func() {
		r := recover()
		steps = append(steps, fmt.Sprint("middle ", r))
		panic(r.(int) * 10)
	}()
	defer func() {
		r := recover()
		steps = append(steps, fmt.Sprint("first ", r))
		panic(r.(int) + n)
	}()
	panic(1)
}

func main() {
	fmt.Println(level1())
	fmt.Println(counter(4))
	defer fmt.Println("main deferred print")
	defer func() {
		r := recover()
		fmt.Println("main recovered", r)
		panic(errors.New("wrapped: " + fmt.Sprint(r)))
	}()
	panic("boom")
}
