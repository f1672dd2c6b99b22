package main

import (
	"errors"
	"fmt"
)

type T struct {
	P *int
	S []string
	M map[string]int
	F func()
	I interface{}
	E error
}

func main() {
	var p *int
	var s []string
	var m map[string]int
	var f func()
	var i interface{}
	var e error
	var tp *T
	fmt.Println(p, s, m, i, e, tp)
	fmt.Println(f == nil)
	fmt.Printf("%v %v %v %v %v\n", p, s, m, i, e)
	fmt.Printf("%+v %+v %+v %+v\n", p, s, m, i)
	fmt.Printf("%#v %#v %#v %#v %#v\n", p, s, m, i, e)
	fmt.Printf("%T %T %T %T %T %T\n", p, s, m, f, i, tp)
	fmt.Printf("%d %s %q\n", s, s, s)
	fmt.Printf("%s %d\n", i, i)
	fmt.Printf("[%5v][%-5v]\n", i, p)

	var t T
	fmt.Printf("%v\n", t)
	fmt.Printf("%+v\n", t)
	fmt.Printf("%v %+v\n", tp, tp)
	fmt.Printf("%#v\n", tp)

	vals := []interface{}{nil, p, s, m, e, tp}
	fmt.Println(vals)
	fmt.Printf("%v\n", vals)
	for _, v := range vals {
		fmt.Printf("%T=%v ", v, v == nil)
	}
	fmt.Println()

	ptrs := []*int{nil, nil}
	fmt.Println(ptrs)
	mm := map[string]*T{"nil": nil}
	fmt.Println(mm)
	errs := []error{nil, errors.New("x")}
	fmt.Println(errs)
	fmt.Printf("%v|%s\n", errs, errs)
	fmt.Println(fmt.Sprint(nil) == "<nil>", fmt.Sprintf("%v", []int(nil)) == "[]")
}
