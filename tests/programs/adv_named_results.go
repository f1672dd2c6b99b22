package main

import "fmt"

type S struct {
	A, B int
}

func partial(early bool) (a, b int, s string) {
	a = 1
	s = "start"
	if early {
		return
	}
	b = 2
	a, b = b, a
	s += "-end"
	return
}

func shadowBlock() (x int) {
	x = 5
	{
		x := 10
		x++
		_ = x
	}
	return
}

func shadowReturn() (x int) {
	x = 5
	if x > 0 {
		x := 10
		return x * 2
	}
	return
}

func readResultsInReturn() (x, y int) {
	x, y = 1, 2
	return y + 10, x + 20
}

func structResult() (s S) {
	s.A = 1
	s = S{B: s.A + 1}
	s.A = s.B * 10
	return
}

func arrayResult() (r [3]int) {
	r[0] = 1
	r = [3]int{r[0] + 1, r[0] + 2, r[1]}
	r[2] += 100
	return
}

func fib(n int) (r int) {
	if n < 2 {
		r = n
		return
	}
	r = fib(n - 1)
	r += fib(n - 2)
	return
}

func loopResult(n int) (sum int, last int) {
	for i := range n {
		if i == 7 {
			return
		}
		sum += i
		last = i
	}
	return sum * 100, last * 100
}

func swapNamed(a, b string) (x, y string) {
	x, y = a, b
	x, y = y, x
	return
}

func paramShadowsNothing(x int) (y int) {
	y = x
	x = 100
	return y + x
}

func resultPtr() (n int, p *int) {
	p = &n
	*p = 42
	n++
	return
}

func overwriteInLoop() (res [4]int, count int) {
	for i := range res {
		res[i] = i * i
		count++
		if i == 2 {
			res = [4]int{9, 9, 9, 9}
		}
	}
	return
}

func switchResult(k int) (msg string) {
	msg = "init"
	switch k {
	case 0:
		return
	case 1:
		msg := "shadow"
		_ = msg
	case 2:
		msg = "two"
		fallthrough
	default:
		msg += "+default"
	}
	return
}

func main() {
	fmt.Println(partial(true))
	fmt.Println(partial(false))
	fmt.Println(shadowBlock(), shadowReturn())
	fmt.Println(readResultsInReturn())
	fmt.Println(structResult(), arrayResult())
	fmt.Println(fib(20))
	fmt.Println(loopResult(5))
	fmt.Println(loopResult(50))
	fmt.Println(swapNamed("l", "r"))
	fmt.Println(paramShadowsNothing(1))
	n, p := resultPtr()
	fmt.Println(n, *p)
	*p = 7
	fmt.Println(n, *p)
	fmt.Println(overwriteInLoop())
	fmt.Println(switchResult(0), switchResult(1), switchResult(2), switchResult(3))
}
