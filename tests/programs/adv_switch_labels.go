package main

import "fmt"

var log string

func c(name string, v int) int {
	log += name + " "
	return v
}

func classify(x int) string {
	r := ""
	switch {
	case x > 100:
		r += "huge "
		fallthrough
	case x > 10:
		r += "big "
		fallthrough
	default:
		r += "default "
		fallthrough
	case x < 0:
		r += "neg "
	case x == 5:
		r += "five "
	}
	return r
}

func middleDefault(x int) string {
	switch x {
	case 1:
		return "one"
	default:
		if x > 50 {
			break
		}
		return "small-default"
	case 2, 3:
		return "two-three"
	}
	return "after-switch"
}

func main() {
	for _, x := range [6]int{500, 50, 5, -5, 7, 0} {
		fmt.Println(x, classify(x))
	}
	fmt.Println(middleDefault(1), middleDefault(3), middleDefault(9), middleDefault(99))

	// case expressions are evaluated top to bottom, left to right, until a match
	log = ""
	switch c("tag", 3) {
	case c("a", 1), c("b", 2):
		log += "AB "
	case c("c", 3), c("d", 3):
		log += "CD "
	case c("e", 3):
		log += "E "
	}
	fmt.Println(log)
	log = ""
	switch {
	case c("x", 0) > 0:
	case c("y", 1) > 0 && c("z", 1) > 5:
	case c("w", 2) == 2:
		log += "W "
	}
	fmt.Println(log)

	// switch with init that shadows
	v := 10
	switch v := v * 2; {
	case v > 15:
		fmt.Println("inner v", v)
	}
	fmt.Println("outer v", v)

	// labelled continue and break from inside a switch inside a for
	out := ""
outer:
	for i := 0; i < 10; i++ {
		switch {
		case i%2 == 0:
			continue outer
		case i == 7:
			break outer
		case i == 3:
			break
		default:
			out += "d"
		}
		out += string(rune('0' + i))
	}
	fmt.Println(out)

	// nested loops with labels on the inner loop too
	count := 0
rows:
	for i := range 5 {
	cols:
		for j := range 5 {
			switch {
			case j > i:
				continue rows
			case i+j == 6:
				break cols
			case i == 4 && j == 1:
				break rows
			}
			count += 10*i + j
		}
		count += 1000
	}
	fmt.Println(count)

	// label on a loop over an array with a switch on strings
	words := [5]string{"go", "skip", "go", "stop", "go"}
	n := 0
scan:
	for idx, w := range words {
		switch w {
		case "skip":
			continue scan
		case "stop":
			fmt.Println("stopped at", idx)
			break scan
		}
		n++
	}
	fmt.Println(n)

	// fallthrough into the last case, and empty cases
	for _, x := range [4]int{0, 1, 2, 3} {
		s := ""
		switch x {
		case 0:
		case 1:
			s = "one"
			fallthrough
		case 2:
			s += "+two"
		case 3:
			fallthrough
		default:
			s += "dflt"
		}
		fmt.Println(x, s)
	}

	// switch on a struct and on a float
	type P struct{ X, Y int }
	p := P{1, 2}
	switch p {
	case P{2, 1}:
		fmt.Println("swapped")
	case P{1, 2}:
		fmt.Println("exact")
	}
	f := 0.1 + 0.2
	switch f {
	case 0.3:
		fmt.Println("0.3")
	default:
		fmt.Println("not 0.3", f)
	}
	f1, f2 := 0.1, 0.2
	switch f1 + f2 {
	case 0.3:
		fmt.Println("0.3")
	case 0.30000000000000004:
		fmt.Println("rounded", f1+f2)
	}
	// goto-free loop exit via labelled break from a nested switch in a switch
	k := 0
loop:
	for {
		switch {
		case k < 3:
			switch k {
			case 2:
				break loop
			}
		}
		k++
	}
	fmt.Println("k", k)
}
