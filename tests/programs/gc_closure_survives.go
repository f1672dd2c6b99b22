// Closures keep their captured variables alive: counters, captured slices
// and pointers, closures capturing closures, method values.
package main

import (
	"fmt"
	"runtime"
	"strings"
)

type acc struct {
	parts []string
}

func (a *acc) add(s string) int {
	a.parts = append(a.parts, s)
	return len(a.parts)
}

func counter(start int) func() int {
	n := start
	return func() int {
		n++
		return n
	}
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return f(g(x)) }
}

func main() {
	var fs []func() int
	for i := 0; i < 1000; i++ {
		fs = append(fs, counter(i*10))
	}
	data := make([]int, 10000)
	for i := range data {
		data[i] = i
	}
	sumData := func(d []int) func() int {
		return func() int {
			s := 0
			for _, v := range d {
				s += v
			}
			return s
		}
	}(data)
	data = nil // the closure holds its own copy of the slice header
	bigp := new([5000]int)
	bigp[4999] = 42
	getBig := func(p *[5000]int) func() int { return func() int { return p[4999] } }(bigp)
	bigp = nil
	f := compose(func(x int) int { return x * 3 }, func(x int) int { return x + 1 })
	for k := 0; k < 5; k++ {
		f = compose(f, func(x int) int { return x + k })
	}
	a := &acc{}
	add := a.add
	a = nil
	for i := 0; i < 1000; i++ {
		add(strings.Repeat("x", i%5))
	}
	var g func() int
	{
		cells := make([]*int, 0)
		for i := 0; i < 100; i++ {
			v := i
			cells = append(cells, &v)
		}
		g = func() int {
			t := 0
			for _, c := range cells {
				t += *c
			}
			return t
		}
	}
	for r := 0; r < 4; r++ {
		junk := make([]func() int, 0)
		for i := 0; i < 20000; i++ {
			junk = append(junk, counter(-i))
		}
		runtime.GC()
	}
	total := 0
	for _, c := range fs {
		c()
		total += c()
	}
	fmt.Println(total, sumData(), getBig(), f(1), add("end"), g())
}
