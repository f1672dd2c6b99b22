// new(T) inside a loop assigned to a variable declared before the loop
// escapes; assigned to a variable declared in the loop it does not.
package main

import "fmt"

func last(n int) int {
	var l *int
	for i := 0; i < n; i++ {
		l = new(int)
		*l = i
	}
	return *l
}

func each(n int) int {
	t := 0
	for i := 0; i < n; i++ {
		p := new(int)
		*p = i
		t += *p
	}
	return t
}

func main() {
	fmt.Println(last(3), each(3))
}
