package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	reset := func() { n = 0 }
	return inc, reset
}

func main() {
	inc, reset := counter()
	fmt.Println(inc(), inc(), inc())
	reset()
	fmt.Println(inc())

	inc2, _ := counter()
	fmt.Println(inc2(), inc(), inc2())

	x := 10
	add := func(d int) { x += d }
	get := func() int { return x }
	add(5)
	fmt.Println(x, get())
	x = 100
	fmt.Println(get())
	add(-1)
	fmt.Println(x)

	p := &x
	add(1)
	fmt.Println(*p)

	s := []int{1, 2, 3}
	appendIt := func(v int) { s = append(s, v) }
	appendIt(4)
	appendIt(5)
	fmt.Println(s, len(s))

	m := map[string]int{}
	bump := func(k string) int {
		m[k]++
		return m[k]
	}
	bump("a")
	bump("a")
	bump("b")
	fmt.Println(m)

	total := 0
	for i := 1; i <= 4; i++ {
		func() {
			total += i * i
		}()
	}
	fmt.Println("total", total)

	var acc func(int) int
	sum := 0
	acc = func(v int) int {
		sum += v
		return sum
	}
	fmt.Println(acc(1), acc(2), acc(3), sum)
}
