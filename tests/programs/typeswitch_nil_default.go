package main

import "fmt"

type T struct{ N int }

func check(v interface{}) {
	switch x := v.(type) {
	default:
		fmt.Printf("default: %T %v\n", x, x)
	case nil:
		fmt.Printf("nil case: x=%v isnil=%v\n", x, x == nil)
	case *T:
		if x == nil {
			fmt.Println("typed nil *T")
		} else {
			fmt.Println("*T with", x.N)
		}
	case int:
		fmt.Println("int", x)
	}
}

func noBinding(v interface{}) int {
	switch v.(type) {
	case int, string:
		return 1
	case nil:
		return 0
	}
	return -1
}

func main() {
	check(nil)
	var p *T
	check(p)
	check(&T{5})
	check(T{6})
	check(3)
	check("s")
	var e error
	check(e)
	fmt.Println(noBinding(1), noBinding("x"), noBinding(nil), noBinding(2.0))

	// Type switch with init statement.
	switch y := 10; v := interface{}(y * 2).(type) {
	case int:
		fmt.Println("init stmt int", v, y)
	}

	// Empty type switch and break.
	for i, v := range []interface{}{1, "stop", 3} {
		switch v.(type) {
		case string:
			fmt.Println("breaking switch at", i)
			break
		}
		fmt.Println("after switch", i)
	}
}
