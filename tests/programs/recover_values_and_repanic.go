package main

import "fmt"

type E struct{ code int }

func (e E) Error() string { return fmt.Sprint("E", e.code) }

func thrower(k int) {
	switch k {
	case 0:
		panic(E{7})
	case 1:
		panic(fmt.Sprintf("str %d", k))
	case 2:
		var p *E
		_ = p.code
	case 3:
		x := 0
		_ = 10 / x
	}
}

func try(k int) (msg string) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case error:
			msg = "error: " + v.Error()
		case string:
			msg = "string: " + v
		default:
			msg = fmt.Sprint("other: ", v)
		}
	}()
	thrower(k)
	return "no panic"
}

func main() {
	for k := 0; k < 5; k++ {
		fmt.Println(try(k))
	}
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Sprint("again: ", r))
	}()
	panic("first")
}
