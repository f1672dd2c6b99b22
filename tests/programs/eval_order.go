package main

import "fmt"

var trace string

func v(name string, x int) int {
	trace += name
	return x
}

func idx(name string, i int) int {
	trace += name
	return i
}

func pair(a, b int) int {
	return a*10 + b
}

func main() {
	r := pair(v("a", 1), v("b", 2))
	fmt.Println(r, trace)
	trace = ""
	s := v("x", 1) + v("y", 2)*v("z", 3)
	fmt.Println(s, trace)
	trace = ""
	var arr [4]int
	arr[idx("i", 1)], arr[idx("j", 2)] = v("p", 10), v("q", 20)
	fmt.Println(arr, trace)
	trace = ""
	fmt.Println(v("m", 1), v("n", 2), trace)
	trace = ""
	t := pair(pair(v("1", 1), v("2", 2)), pair(v("3", 3), v("4", 4)))
	fmt.Println(t, trace)
	trace = ""
	arr[idx("k", 0)] += v("w", 5)
	fmt.Println(arr, trace)
	i := 0
	i, arr[i] = 2, 99
	fmt.Println(i, arr)
	trace = ""
	if v("c1", 0) > 0 || v("c2", 1) > 0 {
		trace += "!"
	}
	fmt.Println(trace)
}
