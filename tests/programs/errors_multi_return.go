package main

import (
	"errors"
	"fmt"
	"strconv"
)

func parseAll(items []string) ([]int, []error) {
	var nums []int
	var errs []error
	for _, it := range items {
		n, err := strconv.Atoi(it)
		if err != nil {
			errs = append(errs, fmt.Errorf("item %q: %v", it, err))
			continue
		}
		nums = append(nums, n)
	}
	return nums, errs
}

func divide(a, b int) (q, r int, err error) {
	if b == 0 {
		err = errors.New("division by zero")
		return
	}
	q, r = a/b, a%b
	return
}

func firstErr(fns ...func() error) error {
	for i, f := range fns {
		if err := f(); err != nil {
			return fmt.Errorf("step %d: %v", i, err)
		}
	}
	return nil
}

func main() {
	nums, errs := parseAll([]string{"1", "two", "3", "", "-4"})
	fmt.Println(nums, len(errs))
	for _, e := range errs {
		fmt.Println(" ", e)
	}
	for _, pair := range [][2]int{{17, 5}, {-17, 5}, {4, 0}} {
		q, r, err := divide(pair[0], pair[1])
		if err != nil {
			fmt.Println(pair, "error:", err)
			continue
		}
		fmt.Println(pair, q, r)
	}
	ok := func() error { return nil }
	bad := func() error { return errors.New("bad thing") }
	fmt.Println(firstErr(ok, ok), firstErr(ok, bad, ok), firstErr())
	if err := firstErr(bad); err != nil {
		fmt.Println("got:", err)
	}
	counter := 0
	step := func() error {
		counter++
		if counter > 2 {
			return fmt.Errorf("counter=%d", counter)
		}
		return nil
	}
	fmt.Println(firstErr(step, step, step, step), counter)
}
