package main

import "fmt"

type Celsius float64
type Fahrenheit float64

func main() {
	var t interface{} = Celsius(21.5)
	c, ok := t.(Celsius)
	fmt.Println(c, ok)
	f, ok := t.(Fahrenheit)
	fmt.Println(f, ok)
	fl, ok := t.(float64)
	fmt.Println(fl, ok)
	var m interface{} = map[string][]int{"a": {1}}
	mm := m.(map[string][]int)
	fmt.Println(mm["a"], len(mm))
	var fn interface{} = func(int) string { return "" }
	_, ok = fn.(func(int) string)
	fmt.Println(ok)
	fmt.Println("asserting Celsius as float64")
	fmt.Println(t.(float64))
}
