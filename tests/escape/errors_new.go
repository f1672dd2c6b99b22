// errors.New and fmt.Errorf: the error values are created in the callee;
// only fmt.Errorf's arguments are boxed at the call site.
package main

import (
	"errors"
	"fmt"
)

var ErrEmpty = errors.New("empty")

func check(s string, n int) error {
	if s == "" {
		return ErrEmpty
	}
	if n < 0 {
		return fmt.Errorf("bad count %d for %s", n, s)
	}
	return nil
}

func main() {
	fmt.Println(check("", 1), check("x", -2), check("y", 3))
}
