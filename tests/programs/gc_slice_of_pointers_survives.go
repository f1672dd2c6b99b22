// Slices of pointers (growing by append, resliced, copied, with holes set
// to nil) keep exactly their referents alive across collections.
package main

import (
	"fmt"
	"runtime"
)

type point struct {
	x, y int
	tag  *string
}

func main() {
	var ps []*point
	for i := 0; i < 100000; i++ {
		s := fmt.Sprint("p", i%100)
		ps = append(ps, &point{x: i, y: 2 * i, tag: &s})
		if i%25000 == 0 {
			runtime.GC()
		}
	}
	for i := range ps {
		if i%2 == 1 {
			ps[i] = nil
		}
	}
	mid := ps[40000:60000:60000]
	cp := make([]*point, 1000)
	copy(cp, ps[99000:])
	ps = nil // only mid and cp keep points alive now
	arr := [4]*point{{x: 1}, {x: 2}, {x: 3}, {x: 4}}
	grid := make([][]*point, 100)
	for i := range grid {
		for j := 0; j < 100; j++ {
			grid[i] = append(grid[i], &point{x: i, y: j})
		}
	}
	for r := 0; r < 4; r++ {
		junk := make([]*point, 0)
		for i := 0; i < 30000; i++ {
			junk = append(junk, &point{x: -1})
		}
		runtime.GC()
	}
	ok := true
	cnt := 0
	for i, p := range mid {
		j := 40000 + i
		if j%2 == 1 {
			if p != nil {
				ok = false
			}
			continue
		}
		if p.x != j || p.y != 2*j || *p.tag != fmt.Sprint("p", j%100) {
			ok = false
		}
		cnt++
	}
	for i, p := range cp {
		j := 99000 + i
		if (j%2 == 1) != (p == nil) || (p != nil && (p.x != j || *p.tag != fmt.Sprint("p", j%100))) {
			ok = false
		}
	}
	gsum := 0
	for i := range grid {
		for j, p := range grid[i] {
			if p.x != i || p.y != j {
				ok = false
			}
			gsum += p.x * p.y
		}
	}
	fmt.Println(cnt, len(mid), cap(mid), len(cp), gsum, ok)
	fmt.Println(arr[0].x + arr[1].x + arr[2].x + arr[3].x)
}
