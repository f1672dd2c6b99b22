package main

import (
	"fmt"
	"os"
)

type S struct{ A int }

func main() {
	// Print adds spaces between operands only when neither side is a string.
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, false, "\n")
	fmt.Print(1, 2, 3, "\n")
	fmt.Print("x", 1, "y", 2, "\n")
	fmt.Print(S{1}, S{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Print('a', 'b', "\n")
	fmt.Print(true, "t", false, "\n")
	fmt.Print()
	fmt.Print("\n")

	// Println always adds spaces and a newline.
	fmt.Println("a", "b", 1, 2)
	fmt.Println()
	fmt.Println("")
	fmt.Println(nil)

	s := fmt.Sprint("a", 1, 2, "b", "c", 3)
	fmt.Printf("%q\n", s)
	s = fmt.Sprintln("a", 1, 2, "b")
	fmt.Printf("%q\n", s)
	s = fmt.Sprint()
	fmt.Printf("%q %d\n", s, len(s))
	s = fmt.Sprint(1.0, float32(2.5), 1e21, 1e-7, 100000000.0)
	fmt.Printf("%q\n", s)

	type Str string
	fmt.Print(Str("n"), 1, "\n")
	var e error
	fmt.Print(e, 5, "\n")

	n, err := fmt.Print("count me\n")
	fmt.Println(n, err)
	n, err = fmt.Println("and me", 12)
	fmt.Println(n, err)
	n, _ = fmt.Fprint(os.Stdout, 1, 2, "z", "\n")
	fmt.Println(n)
	n, _ = fmt.Printf("%d-%d\n", 10, 20)
	fmt.Println(n)
}
