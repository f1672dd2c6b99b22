// Recursion with a defer+recover at every level: the innermost frame panics,
// each level recovers, records, and re-panics with a longer value until the
// top level returns normally.
package main

import (
	"fmt"
	"strings"
)

func descend(n int, trace *[]string) (result string) {
	defer func() {
		r := recover()
		*trace = append(*trace, fmt.Sprintf("level %d recovered %v", n, r))
		if n > 0 {
			panic(fmt.Sprint(r, "<", n))
		}
		result = fmt.Sprint("top got: ", r)
	}()
	if n == 5 {
		panic("bottom")
	}
	return descend(n+1, trace)
}

func fact(n int) (r int) {
	defer func() {
		if e := recover(); e != nil {
			r = -1
			panic(e)
		}
	}()
	if n < 0 {
		panic("negative")
	}
	if n == 0 {
		return 1
	}
	return n * fact(n-1)
}

func safeFact(n int) (r int, err error) {
	defer func() {
		if e := recover(); e != nil {
			err = fmt.Errorf("fact(%d): %v", n, e)
		}
	}()
	return fact(n), nil
}

func fib(n int, calls *int) (v int) {
	*calls++
	defer func() {
		if recover() != nil {
			v = 0
		}
	}()
	if n < 2 {
		if n < 0 {
			panic(n)
		}
		return n
	}
	return fib(n-1, calls) + fib(n-2, calls)
}

func main() {
	var trace []string
	fmt.Println(descend(0, &trace))
	fmt.Println(strings.Join(trace, "\n"))
	fmt.Println(safeFact(5))
	fmt.Println(safeFact(-2))
	calls := 0
	fmt.Println(fib(15, &calls), calls)
}
