package main

import "fmt"

type P struct{ X, Y int }
type Q struct{ X, Y int }

type Eq interface{ Key() int }

type K int

func (k K) Key() int { return int(k) }

type PK struct{ n int }

func (p *PK) Key() int { return p.n }

func main() {
	var a, b interface{}
	fmt.Println(a == b, a == nil)
	a, b = 1, 1
	fmt.Println(a == b)
	b = int32(1)
	fmt.Println(a == b)
	a, b = "s", "s"
	fmt.Println(a == b)
	a, b = P{1, 2}, P{1, 2}
	fmt.Println(a == b)
	b = Q{1, 2}
	fmt.Println(a == b)
	a, b = [2]string{"a", "b"}, [2]string{"a", "b"}
	fmt.Println(a == b)
	a, b = 1.0, 1
	fmt.Println(a == b)

	p1, p2 := &P{1, 1}, &P{1, 1}
	a, b = p1, p2
	fmt.Println(a == b, *p1 == *p2)
	b = p1
	fmt.Println(a == b)

	var e1, e2 Eq = K(3), K(3)
	fmt.Println(e1 == e2, e1 != K(4))
	e1, e2 = &PK{1}, &PK{1}
	fmt.Println(e1 == e2, e1.Key() == e2.Key())
	e2 = e1
	fmt.Println(e1 == e2)

	// Comparing interface with concrete value.
	var x interface{} = 7
	fmt.Println(x == 7, x == "7", x != 8)
	var k Eq = K(5)
	fmt.Println(k == K(5), k == Eq(K(5)))

	// Uncomparable types compared against nil or different types do not panic.
	var s interface{} = []int{1}
	fmt.Println(s == nil, s == 1, s != "x")
	var m interface{} = map[int]int{}
	fmt.Println(m == s)

	// Struct containing interfaces.
	type W struct{ V interface{} }
	fmt.Println(W{1} == W{1}, W{"a"} == W{1}, W{nil} == W{})
	arr1 := [2]interface{}{1, "x"}
	arr2 := [2]interface{}{1, "x"}
	fmt.Println(arr1 == arr2)
	fmt.Println(interface{}(nil) == interface{}((*int)(nil)))
}
