package main

func main() {
	m := map[string]int{}
	delete(nil, 1)
	delete(m, 1, 2)
	clear(nil)
	clear(m, m)
	_ = make(map[string]int, "a")
	_ = make(map[string]int, 1, 2)
	_ = make(map[string]int, -1)
	_ = cap(m)
	delete(m, 2.5)
}
