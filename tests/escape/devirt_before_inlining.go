// gc devirtualizes interface calls on variables of one known concrete
// type before it inlines anything: its "devirtualizing" lines come first,
// in declaration order, whether the method is then inlined or not.
package main

import "fmt"

type Shape interface{ Area() int }

type Small struct{ w, h int }

func (s Small) Area() int { return s.w * s.h }

type Big struct{ sides [8]int }

// Too costly to inline.
func (b *Big) Area() int {
	t := 0
	for i, s := range b.sides {
		for j := 0; j < i; j++ {
			t += s * j
		}
		if t > 1000 {
			t -= 1000
		}
		fmt.Print("")
	}
	return t
}

func twice(n int) int { return 2 * n }

func small() int {
	var s Shape = Small{2, 3}
	return twice(1) + s.Area()
}

func big() int {
	var s Shape = &Big{[8]int{1, 2, 3, 4, 5, 6, 7, 8}}
	return twice(2) + s.Area()
}

func main() {
	fmt.Println(small(), big())
}
