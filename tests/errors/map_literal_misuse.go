package main

type T struct {
	m map[T]int
}

type M map[K]int
type K []int

func main() {
	_ = map[string]int{1}
	_ = map[string]int{"a": 1, "a": 2, "b": "x"}
	_ = map[float64]int{1: 1, 1.0: 2, 2.5: 1, 5.0 / 2: 3}
	_ = map[any]int{1: 1, "1": 2, 1: 3, int8(1): 4}
	_ = map[int]int{'a': 1, 97: 2}
	var t T
	var m M
	_, _ = t, m
}
