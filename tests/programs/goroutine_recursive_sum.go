// Divide and conquer with goroutines: each call splits its slice and
// sums the halves concurrently, returning through a channel; a parallel
// merge sort works the same way.
package main

import "fmt"

func psum(xs []int, out chan<- int) {
	if len(xs) <= 16 {
		s := 0
		for _, x := range xs {
			s += x
		}
		out <- s
		return
	}
	mid := len(xs) / 2
	left := make(chan int)
	right := make(chan int)
	go psum(xs[:mid], left)
	go psum(xs[mid:], right)
	out <- <-left + <-right
}

func merge(a, b []int) []int {
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] <= b[0] {
			out = append(out, a[0])
			a = a[1:]
		} else {
			out = append(out, b[0])
			b = b[1:]
		}
	}
	out = append(out, a...)
	return append(out, b...)
}

func psort(xs []int, out chan<- []int) {
	if len(xs) <= 4 {
		s := append([]int(nil), xs...)
		for i := 1; i < len(s); i++ {
			for j := i; j > 0 && s[j] < s[j-1]; j-- {
				s[j], s[j-1] = s[j-1], s[j]
			}
		}
		out <- s
		return
	}
	mid := len(xs) / 2
	lc, rc := make(chan []int, 1), make(chan []int, 1)
	go psort(xs[:mid], lc)
	go psort(xs[mid:], rc)
	out <- merge(<-lc, <-rc)
}

func main() {
	xs := make([]int, 1000)
	for i := range xs {
		xs[i] = i*37%101 - 50
	}
	out := make(chan int)
	go psum(xs, out)
	got := <-out
	want := 0
	for _, x := range xs {
		want += x
	}
	fmt.Println("parallel sum:", got, "sequential:", want)

	ys := make([]int, 40)
	for i := range ys {
		ys[i] = (i*29 + 11) % 53
	}
	sc := make(chan []int)
	go psort(ys, sc)
	fmt.Println(<-sc)
}
