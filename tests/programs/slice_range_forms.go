package main

import "fmt"

func main() {
	s := []int{10, 20, 30}
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i, v := range s {
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println()
	for _, v := range s {
		v *= 2
	}
	fmt.Println(s)
	for i := range s {
		s[i] *= 2
	}
	fmt.Println(s)

	// range evaluates the slice once
	t := []int{1, 2, 3}
	n := 0
	for _, v := range t {
		if n == 0 {
			t = append(t, 100)
		}
		n++
		fmt.Print(v, " ")
	}
	fmt.Println(n, t)

	// modification of elements is visible
	u := []int{1, 2, 3, 4}
	for i, v := range u {
		if i+1 < len(u) {
			u[i+1] += v
		}
	}
	fmt.Println(u)

	// range over array copy vs pointer
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 50
		if i == 2 {
			fmt.Println("array copy v:", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 50
		if i == 2 {
			fmt.Println("array ptr v:", v)
		}
	}

	count := 0
	for range s {
		count++
	}
	fmt.Println("count", count)
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()

	var sum int
	for _, row := range [][]int{{1, 2}, {3}, {}} {
		for _, x := range row {
			sum += x
		}
	}
	fmt.Println(sum)
	var nilS []string
	for i, x := range nilS {
		fmt.Println(i, x)
	}
	fmt.Println("done")
}
