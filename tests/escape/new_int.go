// new(T) does not escape when the pointer stays in the function and
// escapes when it is returned.
package main

import "fmt"

func local() int {
	p := new(int)
	*p = 41
	*p++
	return *p
}

func global() *int {
	p := new(int)
	*p = 1
	return p
}

func main() {
	a := local()
	b := global()
	fmt.Println(a, *b)
}
