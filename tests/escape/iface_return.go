// Returning a concrete value as an interface: the conversion happens in
// the callee and the box escapes with the result.
package main

import (
	"errors"
	"fmt"
)

type Celsius float64

func asAny(n int) any {
	return n
}

func temp() any {
	return Celsius(21.5)
}

func check(ok bool) error {
	if ok {
		return nil
	}
	return errors.New("failed")
}

func main() {
	a, t := asAny(5), temp()
	fmt.Println(a, t, check(true), check(false))
}
