// recover in a deferred closure around calls to inlined functions that
// panic (explicit panics with various values and runtime errors); the
// deferred closure sets named results.
package main

import (
	"errors"
	"fmt"
)

func check(n int) int {
	if n < 0 {
		panic("negative")
	}
	if n == 13 {
		panic(errors.New("unlucky"))
	}
	return n * 2
}

func elem(s []string, i int) string { return s[i] }

func assertInt(v any) int { return v.(int) }

func deref(p *int) int { return *p }

func guard(f func() int) (res int, msg string) {
	defer func() {
		if r := recover(); r != nil {
			res = -1
			switch e := r.(type) {
			case error:
				msg = "error: " + e.Error()
			case string:
				msg = "string: " + e
			default:
				msg = fmt.Sprint("other: ", e)
			}
		}
	}()
	res = f()
	msg = "ok"
	return
}

func loop(vals []int) (total int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered in loop:", r, "total so far", total)
			total += 1000
		}
	}()
	for _, v := range vals {
		total += check(v)
	}
	return total
}

func main() {
	fmt.Println(guard(func() int { return check(4) }))
	fmt.Println(guard(func() int { return check(-2) }))
	fmt.Println(guard(func() int { return check(13) }))
	fmt.Println(guard(func() int { return len(elem([]string{"a"}, 3)) }))
	fmt.Println(guard(func() int { return assertInt("x") }))
	fmt.Println(guard(func() int { return deref(nil) }))
	fmt.Println(guard(func() int { panic(42) }))
	fmt.Println(loop([]int{1, 2, 3}))
	fmt.Println(loop([]int{1, 2, -3, 4}))
	// recover directly in main's own deferred closure, with inlined calls
	// before and after.
	func() {
		defer func() {
			r := recover()
			fmt.Println("main recovered:", r, check(1))
		}()
		fmt.Println(check(5))
		fmt.Println(check(13))
		fmt.Println("not reached")
	}()
	fmt.Println("end")
}
