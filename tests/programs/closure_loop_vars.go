package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 4; i++ {
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s + s })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	// Per-iteration variable: modifying it inside the body affects only that iteration's copy,
	// but the loop's next iteration starts from the modified value.
	var hs []func() int
	for i := 0; i < 6; i++ {
		hs = append(hs, func() int { return i })
		i++
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()

	// Closures capturing a variable declared outside the loop share it.
	shared := 0
	var ks []func() int
	for j := 0; j < 3; j++ {
		shared = j
		ks = append(ks, func() int { return shared })
	}
	for _, k := range ks {
		fmt.Print(k(), " ")
	}
	fmt.Println()

	// Closure increments its own iteration's variable.
	var incs []func() int
	for i := range 3 {
		incs = append(incs, func() int { i += 100; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[1](), incs[2]())

	m := map[string]func() int{}
	for k, v := range map[string]int{"x": 1, "y": 2} {
		m[k] = func() int { return v * 1000 }
	}
	fmt.Println(m["x"](), m["y"]())
}
