package main

func main() {
	m := map[string]int{}
	for k, v := range m {
		_ = k
	}
	var k2 int
	for k2 = range m {
	}
	_ = k2
	a, b, c := m["a"]
	x, y := m["a"]
	m["a"] += "s"
	ms := map[string]string{}
	ms["k"]++
	var p, q, r = m["k"]
}
