package main

import "fmt"

func main() {
	for i := 0; i < 5; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	fmt.Println(k)
	for i := range 10 {
		fmt.Print(i*i, " ")
	}
	fmt.Println()
	total := 0
	for range 7 {
		total += 3
	}
	fmt.Println(total)
	var lim int8 = 5
	for i := range lim {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for i := range 0 {
		fmt.Println("never", i)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	x := 0
	for ; x < 3; x++ {
		fmt.Print("x", x, " ")
	}
	fmt.Println(x)
	for i := 10; i > 0; i /= 2 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	sum := 0
	for i := 0; i < 100; i++ {
		if i%3 == 0 {
			continue
		}
		if i > 50 {
			break
		}
		sum += i
	}
	fmt.Println(sum)
	// loop variable is per-iteration; taking address gives distinct vars
	var ptrs [3]*int
	for i := 0; i < 3; i++ {
		ptrs[i] = &i
	}
	fmt.Println(*ptrs[0], *ptrs[1], *ptrs[2])
	const N = 4
	for i := range N {
		for j := range i {
			fmt.Print(j)
		}
		fmt.Print("|")
	}
	fmt.Println()
}
