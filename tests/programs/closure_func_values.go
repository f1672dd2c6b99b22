package main

import "fmt"

type Op func(int, int) int

type Calculator struct {
	Name string
	Fn   Op
}

type Handler struct {
	OnEvent func(string) string
	Count   int
}

func apply(op Op, a, b int) int { return op(a, b) }

func (o Op) Twice(a, b int) int { return o(o(a, b), b) }

func add(a, b int) int { return a + b }

func main() {
	calcs := []Calculator{
		{"add", add},
		{"sub", func(a, b int) int { return a - b }},
		{"pow", func(a, b int) int {
			r := 1
			for i := 0; i < b; i++ {
				r *= a
			}
			return r
		}},
	}
	for _, c := range calcs {
		fmt.Println(c.Name, c.Fn(2, 5), apply(c.Fn, 3, 2), c.Fn.Twice(2, 3))
	}

	var nilOp Op
	fmt.Println(nilOp == nil, calcs[0].Fn != nil)

	h := &Handler{}
	h.OnEvent = func(s string) string {
		h.Count++
		return fmt.Sprintf("[%d %s]", h.Count, s)
	}
	fmt.Println(h.OnEvent("a"), h.OnEvent("b"), h.Count)

	table := map[string]Op{"+": add, "*": func(a, b int) int { return a * b }}
	fmt.Println(table["+"](4, 5), table["*"](4, 5), len(table))

	pipeline := []func(int) int{
		func(x int) int { return x + 1 },
		func(x int) int { return x * 2 },
		func(x int) int { return x - 3 },
	}
	v := 5
	for i, f := range pipeline {
		v = f(v)
		fmt.Println("stage", i, v)
	}

	fn := add
	fmt.Println(fn(1, 2), Op(fn)(3, 4))
	var f2 func(int, int) int = Op(add)
	fmt.Println(f2(10, 20))
	fmt.Printf("%T %T %T\n", fn, Op(fn), pipeline)
	fmt.Println(func(a ...int) int { return len(a) }(1, 2, 3))
}
