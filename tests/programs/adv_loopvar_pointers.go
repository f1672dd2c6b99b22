package main

import "fmt"

type P struct {
	N int
}

func main() {
	var ps [3]*int
	for i := 0; i < 3; i++ {
		ps[i] = &i
	}
	fmt.Println(*ps[0], *ps[1], *ps[2])

	// body modifies the loop variable; each iteration has its own copy
	var qs [3]*int
	k := 0
	for i := 0; i < 6; i++ {
		qs[k] = &i
		k++
		i++
	}
	fmt.Println(*qs[0], *qs[1], *qs[2])
	*qs[0] = 1000
	fmt.Println(*qs[0], *qs[1], *qs[2])

	// range over int
	var rs [4]*int
	for i := range 4 {
		rs[i] = &i
	}
	for _, p := range rs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// range over array: key and value both per iteration
	arr := [3]string{"a", "b", "c"}
	var ks [3]*int
	var vs [3]*string
	for i, v := range arr {
		ks[i] = &i
		vs[i] = &v
	}
	*vs[1] = "changed"
	fmt.Println(*ks[0], *ks[1], *ks[2], *vs[0], *vs[1], *vs[2], arr)

	// range over string
	var cs [3]*rune
	j := 0
	for _, c := range "héy" {
		cs[j] = &c
		j++
	}
	fmt.Println(string(*cs[0]), string(*cs[1]), string(*cs[2]))

	// pointer to struct loop variable
	var sp [3]*P
	for n := 0; n < 3; n++ {
		p := P{n * 10}
		sp[n] = &p
	}
	fmt.Println(*sp[0], *sp[1], *sp[2])

	// loop var address taken only sometimes
	var last *int
	sum := 0
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			last = &i
		}
		sum += i
	}
	fmt.Println(*last, sum)

	// nested loops
	var grid [2][2]*int
	for a := 0; a < 2; a++ {
		for b := 0; b < 2; b++ {
			if b == 0 {
				grid[a][b] = &a
			} else {
				grid[a][b] = &b
			}
		}
	}
	fmt.Println(*grid[0][0], *grid[0][1], *grid[1][0], *grid[1][1])
}
