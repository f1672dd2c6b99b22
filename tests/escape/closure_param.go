// A func literal passed to a function that only calls it does not
// escape; passed to one that stores it, it escapes.
package main

import "fmt"

var saved []func() int

func each(n int, f func(int)) {
	for i := 0; i < n; i++ {
		f(i)
	}
}

func keep(f func() int) {
	saved = append(saved, f)
}

func main() {
	sum := 0
	each(4, func(i int) { sum += i })
	k := 3
	keep(func() int { return k * k })
	fmt.Println(sum, len(saved), saved[0]())
}
