// A slice of pointers: when the slice stays local its pointees stay on
// the stack; when it is returned they are moved to the heap.
package main

import "fmt"

func sumLocal() int {
	a, b, c := 1, 2, 3
	ps := []*int{&a, &b, &c}
	t := 0
	for _, p := range ps {
		t += *p
	}
	return t
}

func collect() []*int {
	a, b := 4, 5
	return []*int{&a, &b}
}

func main() {
	ps := collect()
	fmt.Println(sumLocal(), *ps[0]+*ps[1])
}
