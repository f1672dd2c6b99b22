package main

import "fmt"

func main() {
	m := map[[2]int]string{}
	m[[2]int{1, 2}] = "a"
	m[[2]int{2, 1}] = "b"
	m[[2]int{1, 2}] += "!"
	fmt.Println(len(m), m[[2]int{1, 2}], m)

	var k [2]int
	k[0] = 2
	k[1] = 1
	fmt.Println(m[k])
	k[1] = 5
	_, ok := m[k]
	fmt.Println(ok)

	words := map[[3]byte]int{}
	for _, w := range []string{"cat", "dog", "cat", "cow", "dog", "cat"} {
		var key [3]byte
		copy(key[:], w)
		words[key]++
	}
	fmt.Println(len(words), words[[3]byte{'c', 'a', 't'}])
	for _, w := range []string{"cat", "cow", "dog", "eel"} {
		var key [3]byte
		copy(key[:], w)
		fmt.Println(w, words[key])
	}

	sm := map[[2]string]bool{{"a", "b"}: true, {"b", "a"}: false}
	fmt.Println(sm)
	fmt.Println(sm[[2]string{"a", "b"}], sm[[2]string{"b", "a"}])

	nested := map[[2][2]int]int{{{1, 0}, {0, 1}}: 1}
	id := [2][2]int{{1, 0}, {0, 1}}
	nested[id] *= 10
	fmt.Println(nested[id], len(nested))

	type pair struct {
		a [2]int
		s string
	}
	pm := map[pair]int{{[2]int{1, 1}, "x"}: 5}
	fmt.Println(pm[pair{[2]int{1, 1}, "x"}], pm[pair{s: "x"}])
}
