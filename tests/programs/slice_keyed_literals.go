package main

import "fmt"

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func main() {
	a := []int{5: 1, 2, 0: 7}
	fmt.Println(a, len(a), cap(a))

	names := []string{Blue: "blue", Red: "red", Green: "green"}
	fmt.Println(names, len(names))

	b := []int{3: 3, 1: 1}
	fmt.Println(b, len(b))

	arr := [...]string{2: "c", 4: "e"}
	fmt.Println(len(arr), arr)
	fmt.Printf("%q\n", arr)

	const k = 4
	c := []float64{k: 1.5, 0.25}
	fmt.Println(c, len(c))

	d := [][]int{2: {1, 2}, 0: {9}}
	fmt.Println(d, d[1] == nil)

	type P struct{ X, Y int }
	ps := []P{1: {1, 2}, {Y: 3}}
	fmt.Println(ps)
	pps := []*P{{5, 6}, nil, {X: 7}}
	fmt.Println(*pps[0], pps[1] == nil, *pps[2])

	m := [...]bool{9: true}
	fmt.Println(len(m), m[9], m[8])

	e := []rune{'a', 3: 'd'}
	fmt.Println(e, string(e[:1]))

	bs := []byte{'h', 'i', 10: '!'}
	fmt.Println(len(bs), bs)

	var x = []interface{}{1, "two", 3.0, nil, []int{4}}
	fmt.Println(x, len(x))
}
