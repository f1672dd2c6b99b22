package main

import "fmt"

func classify(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ', '\t':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
	return "other"
}

var calls int

func next() int {
	calls++
	return calls
}

func main() {
	s := "hi 42 you"
	for i := 0; i < len(s); i++ {
		fmt.Println(string(s[i]), classify(s[i]))
	}
	switch x := 5 * 3; {
	case x > 10 && x < 20:
		fmt.Println("teen", x)
	case x > 10:
		fmt.Println("not reached")
	}
	switch y := 7; y % 3 {
	case 0:
		fmt.Println("div by 3")
	case 1:
		fmt.Println("rem 1", y)
	default:
		fmt.Println("rem 2")
	}
	// case expressions evaluated in order, stop at first match
	calls = 0
	switch 2 {
	case next(), next(), next(), next():
		fmt.Println("matched after", calls, "calls")
	}
	switch str := "go"; str + "lang" {
	case "golang":
		fmt.Println("golang!")
	case "go":
		fmt.Println("no")
	}
	b := true
	switch b {
	case false:
		fmt.Println("false")
	case true:
		fmt.Println("true")
	}
	switch d := 3; {
	default:
		fmt.Println("default first", d)
	case d > 5:
		fmt.Println("big")
	}
	for i := 0; i < 5; i++ {
		switch {
		case i == 1:
			continue
		case i == 3:
			break
		default:
			fmt.Print("i=", i, " ")
		}
		fmt.Print("after", i, " ")
	}
	fmt.Println()
}
