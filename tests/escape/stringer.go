// A type with a String method printed by fmt: the value is boxed like any
// other argument; the method's receiver does not escape.
package main

import (
	"fmt"
	"strconv"
)

type Money struct {
	cents int
}

func (m Money) String() string {
	return "$" + strconv.Itoa(m.cents/100) + "." + strconv.Itoa(m.cents%100/10) + strconv.Itoa(m.cents%10)
}

type Tag string

func (t *Tag) String() string { return "#" + string(*t) }

func main() {
	m := Money{1234}
	t := Tag("go")
	fmt.Println(m, &t)
	fmt.Println(m.String())
}
