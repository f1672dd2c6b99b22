package main

import "fmt"

func main() {
	m := map[int]int{}
	for i := 0; i < 20000; i++ {
		m[i] = i * 3
	}
	fmt.Println("len", len(m), m[19999])
	for i := 0; i < 20000; i += 2 {
		delete(m, i)
	}
	fmt.Println("len after deleting evens", len(m))
	sum := 0
	for k, v := range m {
		if v != 3*k {
			fmt.Println("bad", k, v)
		}
		sum += k
	}
	fmt.Println("sum of odd keys", sum)
	for i := 0; i < 20000; i += 4 {
		m[i] = -1
	}
	fmt.Println("len after reinsert", len(m))
	neg := 0
	for _, v := range m {
		if v < 0 {
			neg++
		}
	}
	fmt.Println("negatives", neg)

	s := map[string]int{}
	for i := 0; i < 5000; i++ {
		key := fmt.Sprintf("k%03d", i%1000)
		s[key] += i
	}
	fmt.Println(len(s), s["k000"], s["k999"], s["k500"])
	for k := range s {
		if k[1] == '9' {
			delete(s, k)
		}
	}
	fmt.Println(len(s), s["k999"], s["k899"])

	grow := map[int]string{}
	for round := 0; round < 5; round++ {
		for i := 0; i < 1000; i++ {
			grow[i] = fmt.Sprint(round)
		}
		for i := 0; i < 1000; i += 3 {
			delete(grow, i)
		}
	}
	fmt.Println(len(grow), grow[1], grow[3] == "")
}
