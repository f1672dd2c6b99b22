// A defer that runs once per call keeps its closure and operands in the
// frame: nothing it captures escapes because of it.
package main

import "fmt"

type buf struct{ data [4]int }

func (b *buf) reset() { b.data = [4]int{} }

func sum(p *[4]int) int { return p[0] + p[1] + p[2] + p[3] }

func work() (n int) {
	b := &buf{}
	defer b.reset()
	x := 3
	defer func() { n += x }()
	arr := [4]int{1, 2, 3, 4}
	defer sum(&arr)
	defer fmt.Println("work", len(arr))
	return sum(&b.data)
}

func main() {
	fmt.Println(work())
}
