// Array literals are values: no allocation unless converted to an
// interface (then the array is boxed and "[N]T{...} escapes to heap").
package main

import "fmt"

func total() int {
	a := [4]int{1, 2, 3, 4}
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func first() [3]string {
	return [3]string{"a", "b", "c"}
}

func main() {
	f := first()
	fmt.Println(total(), f[0]+f[2])
	fmt.Println([2]int{7, 8})
}
