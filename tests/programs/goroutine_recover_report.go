// Panics inside goroutines recovered there and reported to main over a
// channel; results are gathered by index so the order is fixed.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

type outcome struct {
	value int
	err   string
}

func risky(i int) int {
	switch i % 4 {
	case 1:
		var m map[string]int
		m["x"] = i
	case 2:
		a := []int{1, 2, 3}
		return a[i]
	case 3:
		panic(errors.New("custom failure"))
	}
	return 100 / (i - 8)
}

func safe(i int) (o outcome) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok {
				o.err = "runtime: " + re.Error()
			} else {
				o.err = fmt.Sprint("other: ", r)
			}
		}
	}()
	return outcome{value: risky(i)}
}

func main() {
	outs := make([]outcome, 12)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i] = safe(i)
		}()
	}
	wg.Wait()
	for i, o := range outs {
		if o.err != "" {
			fmt.Printf("%2d: %s\n", i, o.err)
		} else {
			fmt.Printf("%2d: %d\n", i, o.value)
		}
	}

	// The panic value itself, sent over a channel of interfaces.
	vals := make(chan any)
	go func() {
		defer func() { vals <- recover() }()
		panic(fmt.Sprintf("boom %d", 42))
	}()
	v := <-vals
	fmt.Printf("%T %v\n", v, v)
}
