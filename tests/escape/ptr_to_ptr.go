// Two levels of indirection: the leak level counts dereferences between
// the parameter and the result.
package main

import "fmt"

func first(pp **int) *int {
	return *pp
}

func through(ppp ***int) *int {
	return **ppp
}

func same(pp **int) **int {
	return pp
}

func main() {
	x := 3
	p := &x
	pp := &p
	fmt.Println(*first(pp), *through(&pp), **same(pp))
}
