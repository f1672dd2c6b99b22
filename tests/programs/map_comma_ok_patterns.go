package main

import "fmt"

var cache = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := cache[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	cache[n] = v
	return v
}

func main() {
	fmt.Println(fib(50), len(cache))

	set := map[string]bool{"go": true, "c": false}
	for _, k := range []string{"go", "c", "rust"} {
		v, ok := set[k]
		fmt.Println(k, v, ok, set[k])
	}

	present := map[string]struct{}{}
	for _, w := range []string{"a", "b", "a", "c", "b"} {
		present[w] = struct{}{}
	}
	_, hasA := present["a"]
	_, hasZ := present["z"]
	fmt.Println(len(present), hasA, hasZ)
	fmt.Println(present)

	m := map[string]*int{}
	x := 0
	m["nilval"] = nil
	m["ptr"] = &x
	p, ok := m["nilval"]
	fmt.Println(p == nil, ok)
	p, ok = m["absent"]
	fmt.Println(p == nil, ok)

	var iface map[string]interface{} = map[string]interface{}{"n": nil}
	v, ok := iface["n"]
	fmt.Println(v, ok)
	v, ok = iface["m"]
	fmt.Println(v, ok)

	var ok2 bool
	var val int
	val, ok2 = cache[10]
	fmt.Println(val, ok2)
	if val, ok := cache[-1]; !ok {
		fmt.Println("no entry for -1, zero is", val)
	}
	_, ok2 = cache[49]
	fmt.Println(ok2)
}
