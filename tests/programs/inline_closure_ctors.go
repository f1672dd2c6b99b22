// Closures returned by inlinable constructors: they capture variables that
// are modified by the closure and by the constructor after creating it,
// are called several times, and independent instances do not share state.
package main

import "fmt"

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func pairGen() (inc func(), get func() int) {
	x := 0
	inc = func() { x += 10 }
	get = func() int { return x }
	return
}

func adder(base int) func(int) int {
	f := func(d int) int {
		base += d
		return base
	}
	base *= 2 // modified after the closure is created
	return f
}

func accumulate(prefix string) func(string) string {
	s := prefix
	return func(t string) string {
		s += t
		return s
	}
}

func main() {
	c1 := counter(0)
	c2 := counter(100)
	fmt.Println(c1(), c1(), c2(), c1(), c2())
	inc, get := pairGen()
	inc2, get2 := pairGen()
	inc()
	inc()
	inc2()
	fmt.Println(get(), get2())
	a := adder(5)
	fmt.Println(a(1), a(2), a(3))
	b := adder(1)
	fmt.Println(b(0), a(0))
	acc := accumulate(">")
	acc2 := accumulate("#")
	acc("a")
	acc2("z")
	fmt.Println(acc("b"), acc2("y"), acc("c"))
	// Constructors called in a loop: each iteration gets its own instance.
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, counter(i*10))
	}
	for round := 0; round < 2; round++ {
		for _, f := range fs {
			fmt.Print(f(), " ")
		}
	}
	fmt.Println()
	// Immediately invoked.
	fmt.Println(counter(7)(), adder(2)(3))
}
