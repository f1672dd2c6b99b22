// A custom error type returned as error: &T{...} escapes through the
// interface result; a value-receiver error type is boxed instead.
package main

import "fmt"

type NotFound struct {
	Key string
}

func (e *NotFound) Error() string { return "not found: " + e.Key }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func find(k string) error {
	if k == "x" {
		return nil
	}
	return &NotFound{Key: k}
}

func fail(n int) error {
	return Code(n)
}

func main() {
	fmt.Println(find("x"), find("y"), fail(3))
}
