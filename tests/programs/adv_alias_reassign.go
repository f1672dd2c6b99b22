package main

import "fmt"

type S struct {
	A, B, C int
}

var g [3]int

func rev(a [5]int) (r [5]int) {
	for i := range 5 {
		r[i] = a[4-i]
	}
	return
}

func swapS(s S) (r S) {
	r.A = s.C
	r.B = s.A
	r.C = s.B
	return
}

func touchGlobal(a [3]int) [3]int {
	a[0] = 99
	g[1] = -1
	return [3]int{g[0], a[0], g[1]}
}

func build() [3]int {
	g[2] = 500
	return [3]int{g[2], g[1], g[0]}
}

type Holder struct {
	Arr [3]int
	S   S
}

func main() {
	arr := [5]int{1, 2, 3, 4, 5}
	arr = rev(arr)
	fmt.Println(arr)
	arr = rev(rev(arr))
	fmt.Println(arr)

	s := S{1, 2, 3}
	s = swapS(s)
	fmt.Println(s)

	// composite literals that read the variable being assigned
	a := [3]int{1, 2, 3}
	a = [3]int{a[2], a[1], a[0]}
	fmt.Println(a)
	a = [3]int{2: a[0], 0: a[2]}
	fmt.Println(a)
	s = S{s.B, s.C, s.A}
	fmt.Println(s)
	s = S{C: s.A}
	fmt.Println(s)
	h := Holder{[3]int{1, 2, 3}, S{4, 5, 6}}
	h = Holder{S: S{h.Arr[0], h.Arr[1], h.Arr[2]}, Arr: [3]int{h.S.A, h.S.B, h.S.C}}
	fmt.Println(h)

	g = [3]int{1, 2, 3}
	g = touchGlobal(g)
	fmt.Println(g)
	g = [3]int{1, 2, 3}
	g = build()
	fmt.Println(g)

	// pointer into an array survives reassignment of the whole array
	x := [3]int{10, 20, 30}
	p := &x[1]
	x = [3]int{}
	fmt.Println(*p)
	x = [3]int{7, 8, 9}
	fmt.Println(*p)
	*p = 42
	fmt.Println(x)

	// pointer to a field of a struct inside an array
	hs := [2]Holder{}
	q := &hs[1].S.B
	hs[1] = h
	fmt.Println(*q)
	hs = [2]Holder{}
	fmt.Println(*q)

	// range over an array copies it; range over a pointer does not
	r := [4]int{1, 2, 3, 4}
	for i, v := range r {
		if i == 0 {
			r[3] = 100
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	for i, v := range &r {
		if i == 0 {
			r[3] = 200
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	pr := &r
	for i := range pr {
		pr[i] += i
	}
	fmt.Println(r)

	// range over int: bound evaluated once
	n := 3
	cnt := 0
	for range n {
		n++
		cnt++
	}
	fmt.Println(cnt, n)

	// range over string: the string is evaluated once
	str := "abc"
	for i, c := range str {
		str = "xyzw"
		fmt.Print(i, string(c))
	}
	fmt.Println(" ", str)
}
