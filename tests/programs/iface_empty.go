package main

import "fmt"

type Pair struct {
	K string
	V interface{}
}

func describe(v interface{}) string {
	return fmt.Sprintf("%v (%T)", v, v)
}

func main() {
	var x interface{}
	fmt.Println(x == nil, describe(x))
	x = 42
	fmt.Println(describe(x))
	x = "hello"
	fmt.Println(describe(x))
	x = 3.5
	fmt.Println(describe(x))
	x = []int{1, 2}
	fmt.Println(describe(x))
	x = map[string]int{"a": 1}
	fmt.Println(describe(x))
	x = Pair{"k", 1}
	fmt.Println(describe(x))
	x = &Pair{"p", nil}
	fmt.Printf("%+v %T\n", x, x)
	x = nil
	fmt.Println(describe(x))

	vals := []interface{}{1, "a", 2.5, true, nil, 'r', byte(7), []string{"s"}, struct{}{}}
	for i, v := range vals {
		fmt.Printf("%d:%v:%T ", i, v, v)
	}
	fmt.Println()
	fmt.Println(vals...)
	fmt.Println(vals)

	pairs := []Pair{{"int", 1}, {"str", "two"}, {"nested", Pair{"in", 3}}, {"nil", nil}}
	for _, p := range pairs {
		fmt.Printf("%s=%v ", p.K, p.V)
	}
	fmt.Println()
	fmt.Printf("%+v\n", pairs)

	var a, b interface{} = 5, 5
	fmt.Println(a == b, a == interface{}(5.0), a == interface{}(int64(5)))
	var c interface{} = "5"
	fmt.Println(a == c, c == "5")

	box := map[string]interface{}{"n": 1, "s": "x", "l": []interface{}{1, "y"}}
	fmt.Println(box)
	inner := box["l"].([]interface{})
	fmt.Println(len(inner), inner[1])
}
