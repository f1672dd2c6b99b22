// A three-stage pipeline: a generator, a squaring stage and a summing
// stage, each a goroutine connected by unbuffered channels that are
// closed to signal the end of the stream.
package main

import "fmt"

func gen(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		for _, n := range nums {
			out <- n
		}
		close(out)
	}()
	return out
}

func sq(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		for n := range in {
			out <- n * n
		}
		close(out)
	}()
	return out
}

func sum(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		total := 0
		for n := range in {
			total += n
		}
		out <- total
		close(out)
	}()
	return out
}

func main() {
	// Values arrive in order through a single chain of stages.
	for v := range sq(gen(1, 2, 3, 4, 5)) {
		fmt.Println("square:", v)
	}
	fmt.Println("sum of squares 1..5:", <-sum(sq(gen(1, 2, 3, 4, 5))))

	// Stages compose: squaring twice gives fourth powers.
	nums := make([]int, 0, 20)
	for i := 1; i <= 20; i++ {
		nums = append(nums, i)
	}
	fmt.Println("sum of fourth powers 1..20:", <-sum(sq(sq(gen(nums...)))))

	// An empty stream still closes every stage.
	total, ok := <-sum(sq(gen()))
	fmt.Println("empty:", total, ok)
	v, ok := <-sq(gen())
	fmt.Println("empty square stream:", v, ok)
}
