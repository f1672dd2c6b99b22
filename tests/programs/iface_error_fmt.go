package main

import (
	"errors"
	"fmt"
)

type NotFound struct {
	Key string
}

func (e NotFound) Error() string { return "not found: " + e.Key }

type Both struct{}

func (Both) Error() string  { return "as error" }
func (Both) String() string { return "as string" }

type Result struct {
	Val int
	Err error
}

func find(m map[string]int, k string) (int, error) {
	if v, ok := m[k]; ok {
		return v, nil
	}
	return 0, NotFound{k}
}

func main() {
	m := map[string]int{"a": 1}
	for _, k := range []string{"a", "b"} {
		v, err := find(m, k)
		if err != nil {
			fmt.Println("error:", err)
			fmt.Printf("%v | %s | %q | %+v | %#v\n", err, err, err, err, err)
			continue
		}
		fmt.Println("value:", v)
	}

	// Error takes precedence over String.
	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})

	rs := []Result{{1, nil}, {0, errors.New("bad input")}, {0, NotFound{"z"}}}
	fmt.Println(rs)
	fmt.Printf("%+v\n", rs)
	errMap := map[string]error{"x": NotFound{"x"}, "ok": nil}
	fmt.Println(errMap)

	var e error = NotFound{"q"}
	fmt.Println(e.Error(), len(e.Error()))
	nf, ok := e.(NotFound)
	fmt.Println(nf.Key, ok)

	e2 := fmt.Errorf("wrap %d: %v", 3, e)
	fmt.Println(e2)
	fmt.Printf("%T\n", e)
	fmt.Printf("[%20v] [%-12s]\n", e, errors.New("left"))
	var nilErr error
	fmt.Println(nilErr)
	fmt.Printf("%v %d\n", nilErr, nilErr)
}
