package main

type P struct{ x int }

type E struct{ P }

func main() {
	m := map[string]P{}
	_ = m["a"][1:]
	arr := map[int][3]int{}
	_ = arr[1][1:]
	m["a"].x += 1
	(m["a"]).x = 1
	me := map[string]E{}
	me["a"].x = 2
	mm := map[string]struct{ q P }{}
	mm["a"].q.x = 1
	m["a"]
	var f float64 = 1
	_ = m[f]
}
