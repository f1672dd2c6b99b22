package main

func main() {
	m := map[string]int{}
	make(map[string]int)
	make([]int, 2)
	len(m)
	append([]int{}, 1)
	new(int)
	delete(m, "a")
	clear(m)
	cap([]int{})
	min(1, 2)
}
