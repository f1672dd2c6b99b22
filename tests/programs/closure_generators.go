package main

import "fmt"

func rangeGen(lo, hi, step int) func() (int, bool) {
	cur := lo
	return func() (int, bool) {
		if cur >= hi {
			return 0, false
		}
		v := cur
		cur += step
		return v, true
	}
}

func primes() func() int {
	found := []int{}
	n := 1
	return func() int {
		for {
			n++
			isPrime := true
			for _, p := range found {
				if p*p > n {
					break
				}
				if n%p == 0 {
					isPrime = false
					break
				}
			}
			if isPrime {
				found = append(found, n)
				return n
			}
		}
	}
}

func take(next func() (int, bool), limit int) []int {
	var out []int
	for len(out) < limit {
		v, ok := next()
		if !ok {
			break
		}
		out = append(out, v)
	}
	return out
}

func main() {
	g := rangeGen(0, 20, 3)
	fmt.Println(take(g, 3), take(g, 100), take(g, 5))

	p := primes()
	var ps []int
	for i := 0; i < 15; i++ {
		ps = append(ps, p())
	}
	fmt.Println(ps)

	mapGen := func(next func() (int, bool), f func(int) int) func() (int, bool) {
		return func() (int, bool) {
			v, ok := next()
			return f(v), ok
		}
	}
	sq := mapGen(rangeGen(1, 6, 1), func(x int) int { return x * x })
	fmt.Println(take(sq, 10))

	// Round-robin between two generators.
	a := rangeGen(0, 3, 1)
	b := rangeGen(100, 102, 1)
	var merged []int
	for {
		va, oka := a()
		vb, okb := b()
		if !oka && !okb {
			break
		} else if !okb {
			merged = append(merged, va)
		} else {
			merged = append(merged, va, vb)
		}
	}
	fmt.Println(merged)
}
