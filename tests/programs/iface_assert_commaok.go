package main

import (
	"errors"
	"fmt"
)

type Animal interface{ Sound() string }
type Named interface{ Name() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }
func (d Dog) Name() string  { return d.name }

type Rock struct{}

func (Rock) Name() string { return "rock" }

func check(v interface{}) {
	if n, ok := v.(int); ok {
		fmt.Println("int", n+1)
	} else if s, ok := v.(string); ok {
		fmt.Println("string", len(s))
	} else if a, ok := v.(Animal); ok {
		fmt.Println("animal", a.Sound())
	} else if n, ok := v.(Named); ok {
		fmt.Println("named", n.Name())
	} else {
		fmt.Printf("other %T\n", v)
	}
}

func main() {
	for _, v := range []interface{}{1, "abc", Dog{"rex"}, &Dog{"ptr"}, Rock{}, 2.5, nil, errors.New("e")} {
		check(v)
	}

	var a Animal = Dog{"fido"}
	d, ok := a.(Dog)
	fmt.Println(d.name, ok)
	pd, ok := a.(*Dog)
	fmt.Println(pd == nil, ok)
	n, ok := a.(Named)
	fmt.Println(n.Name(), ok)

	var empty interface{}
	s, ok := empty.(string)
	fmt.Printf("%q %v\n", s, ok)
	an, ok := empty.(Animal)
	fmt.Println(an == nil, ok)

	var nilAnimal Animal
	_, ok = nilAnimal.(Dog)
	fmt.Println(ok)

	var x interface{} = int64(5)
	i, ok := x.(int)
	fmt.Println(i, ok)
	i64, ok := x.(int64)
	fmt.Println(i64, ok)

	type MyInt int
	x = MyInt(3)
	_, isInt := x.(int)
	mi, isMy := x.(MyInt)
	fmt.Println(isInt, isMy, mi)

	var st fmt.Stringer
	_, ok = interface{}(st).(fmt.Stringer)
	fmt.Println(ok)
	e := errors.New("boom")
	var ei interface{} = e
	if err, ok := ei.(error); ok {
		fmt.Println("error:", err)
	}
}
