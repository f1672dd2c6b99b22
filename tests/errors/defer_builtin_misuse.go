package main

type T struct{}

func (T) M() {}

func main() {
	s := []int{1}
	m := map[int]int{}
	defer recover
	defer append(s, 1)
	defer cap(s)
	defer new(int)
	defer make([]int, 1)
	defer T.M
	defer T{}.M
	defer func() {}
	defer copy(s, s)
	defer delete(m, 1)
	defer min(1, 2)
}
