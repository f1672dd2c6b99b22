package main

import "fmt"

type Color int

type Key struct {
	Name string
	N    int8
}

type Wide struct {
	A int64
	B bool
	C float64
}

func main() {
	b := map[bool]string{true: "yes", false: "no"}
	fmt.Println(b[true], b[false], len(b))

	i8 := map[int8]int{-128: 1, 127: 2}
	i8[-128]++
	u64 := map[uint64]int{1 << 63: 1, 0: 2}
	fmt.Println(i8[-128], i8[127], u64[1<<63], u64[0], u64[5])

	c := map[Color]string{1: "red", 2: "green"}
	c[Color(3)] = "blue"
	fmt.Println(c[1], c[2], c[3], len(c))

	// Floats: +0 and -0 are one key; NaN is never found.
	zero := 0.0
	f := map[float64]int{}
	f[zero] = 1
	f[-zero] += 1
	nan := zero / zero
	f[nan] = 5
	f[nan] = 6
	_, ok := f[nan]
	fmt.Println(f[0], len(f), ok)
	r := map[float32]string{1.5: "a", 2.25: "b"}
	fmt.Println(r[1.5], r[2.25], r[3])

	s := map[string]int{"": 1, "a": 2, "ab": 3}
	fmt.Println(s[""], s["a"], s["ab"], s["abc"])

	k := map[Key]int{{"a", 1}: 1, {"a", 2}: 2}
	k[Key{"b", 1}] = 3
	k[Key{"a", 1}] += 10
	fmt.Println(k[Key{"a", 1}], k[Key{"a", 2}], k[Key{"b", 1}], len(k))

	w := map[Wide]string{{1, true, 0.5}: "x"}
	w[Wide{1, true, 0.5}] += "y"
	w[Wide{1, false, 0.5}] = "z"
	fmt.Println(w[Wide{1, true, 0.5}], w[Wide{1, false, 0.5}], len(w))

	arr := map[[2]string]int{{"a", "b"}: 1}
	arr[[2]string{"a", "b"}]++
	fmt.Println(arr[[2]string{"a", "b"}], arr[[2]string{"b", "a"}])

	// Interface keys: the dynamic type is part of the key.
	a := map[any]string{}
	a[1] = "int"
	a[int8(1)] = "int8"
	a["1"] = "string"
	a[Key{"k", 0}] = "struct"
	a[nil] = "nil"
	a[1.0] = "float"
	fmt.Println(a[1], a[int8(1)], a["1"], a[Key{"k", 0}], a[nil], a[1.0], len(a))

	type Shape interface{ Area() int }
	sh := map[Shape]int{}
	sh[sq{2}] = 1
	sh[sq{3}] = 2
	sh[sq{2}] += 5
	fmt.Println(sh[sq{2}], sh[sq{3}], len(sh))

	// Pointer keys compare by address.
	x, y := new(int), new(int)
	p := map[*int]string{x: "x", y: "y"}
	fmt.Println(p[x], p[y], p[new(int)] == "", len(p))

	// Rune and byte keys.
	counts := map[rune]int{}
	for _, ch := range "hello, world" {
		counts[ch]++
	}
	bytes := map[byte]bool{}
	for i := 0; i < len("banana"); i++ {
		bytes["banana"[i]] = true
	}
	fmt.Println(counts['l'], counts['o'], counts['z'], len(counts), len(bytes))
}

type sq struct{ side int }

func (s sq) Area() int { return s.side * s.side }
