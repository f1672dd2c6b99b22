package main

import "fmt"

type I interface {
	M() string
	N() int
}

type Full struct{}

func (Full) M() string { return "m" }
func (Full) N() int    { return 1 }

type Half struct{}

func (Half) N() int { return 2 }

func use(v interface{}) {
	i := v.(I)
	fmt.Println(i.M(), i.N())
}

func main() {
	use(Full{})
	var v interface{} = Half{}
	_, ok := v.(I)
	fmt.Println("half implements I:", ok)
	n, ok := v.(interface{ N() int })
	fmt.Println(n.N(), ok)
	fmt.Println("forcing assertion")
	use(v)
	fmt.Println("unreachable")
}
