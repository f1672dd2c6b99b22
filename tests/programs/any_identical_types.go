// `any` and `interface{}` are one type, as are `byte` and `uint8`: type
// assertions between composite types spelled either way succeed, and %T
// prints the runtime's spelling. Comparing uncomparable dynamic types
// panics with that spelling.
package main

import "fmt"

type Box struct {
	v any
	b []byte
}

func main() {
	var x any = []any{1, "a"}
	y, ok := x.([]interface{})
	fmt.Println(len(y), ok)
	var z interface{} = map[string]interface{}{"k": 1}
	m, ok2 := z.(map[string]any)
	fmt.Println(len(m), ok2)
	fmt.Printf("%T %T %T\n", x, z, Box{})
	var b any = []byte("hi")
	c, ok3 := b.([]uint8)
	fmt.Println(string(c), ok3)
	var r any = [2]rune{'a', 'b'}
	d, ok4 := r.([2]int32)
	fmt.Println(d, ok4)
	var p *any
	fmt.Printf("%T\n", p)
	var arr [2]any
	fmt.Printf("%T %v\n", arr, arr)
	fmt.Println(any(1) == interface{}(1))
	fmt.Println(x == x)
}
