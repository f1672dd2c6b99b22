// A deferred call that panics while a panic runs: Go prints both.
package main

import (
	"errors"
	"fmt"
)

func main() {
	defer fmt.Println("last words")
	defer func() {
		panic(errors.New("second"))
	}()
	panic("first")
}
