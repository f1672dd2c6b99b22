package main

import "fmt"

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	a := []int{1, 2, 3}
	b := []int{4, 5}
	c := append(a, b...)
	fmt.Println(c, len(c), cap(c))
	fmt.Println(a, b)

	d := append(a[:1], b...)
	fmt.Println(d, a)

	e := append([]int(nil), a...)
	e[0] = 100
	fmt.Println(e, a, len(e), cap(e))

	s := []int{1, 2}
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))
	s = append(s, s...)
	fmt.Println(s, len(s), cap(s))

	bs := append([]byte("ab"), "cdef"...)
	fmt.Println(string(bs), len(bs), bs)
	bs = append(bs, "gh"...)
	fmt.Println(string(bs), len(bs))
	var nb []byte
	nb = append(nb, "héllo"...)
	fmt.Println(nb, len(nb))
	fmt.Println(string(append(nb, ' ', 'w')))

	fmt.Println(sum(), sum(1), sum(c...), sum(a[1:]...))
	var empty []int
	fmt.Println(sum(empty...), append(empty, empty...) == nil)

	strs := []string{"x", "y"}
	more := []string{"z"}
	all := append(strs, more...)
	all = append(all, all...)
	fmt.Println(all, len(all))

	nested := [][]int{{1}, {2, 3}}
	nested = append(nested, []int{4, 5, 6}, nil)
	fmt.Println(nested, len(nested), nested[3] == nil)
}
